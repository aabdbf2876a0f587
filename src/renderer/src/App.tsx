import { Redirect, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { AppShell } from './components/AppShell'
import { Toaster } from './components/Toaster'
import { FirstRunGate } from './features/welcome/FirstRunGate'
import { WelcomeScreen } from './features/welcome/WelcomeScreen'
import { AuditsScreen } from './features/audits/AuditsScreen'
import { NewAuditScreen, EditAuditScreen } from './features/audits/AuditFormScreens'
import { InterviewScreen } from './features/interview/InterviewScreen'
import { PreparationScreen } from './features/interview/PreparationScreen'
import { LibraryScreen } from './features/library/LibraryScreen'
import { EvidenceLockerScreen } from './features/evidence/EvidenceLockerScreen'
import { ResultsScreen } from './features/results/ResultsScreen'
import { FindingsScreen } from './features/findings/FindingsScreen'
import { SettingsScreen } from './features/settings/SettingsScreen'

export function App() {
  return (
    <Router hook={useHashLocation}>
      <FirstRunGate>
        <AppShell>
          <Switch>
            <Route path="/welcome" component={WelcomeScreen} />
            <Route path="/audits" component={AuditsScreen} />
            <Route path="/audits/new" component={NewAuditScreen} />
            <Route path="/audits/:auditId/edit" component={EditAuditScreen} />
            <Route path="/audits/:auditId/prepare/:sectionId" component={PreparationScreen} />
            <Route
              path="/audits/:auditId/interview/:sectionId?/:questionId?"
              component={InterviewScreen}
            />
            <Route path="/audits/:auditId/evidence" component={EvidenceLockerScreen} />
            <Route path="/audits/:auditId/results" component={ResultsScreen} />
            <Route path="/audits/:auditId/findings" component={FindingsScreen} />
            <Route path="/library/:sectionId?" component={LibraryScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route>
              <Redirect to="/audits" replace />
            </Route>
          </Switch>
        </AppShell>
      </FirstRunGate>
      <Toaster />
    </Router>
  )
}
