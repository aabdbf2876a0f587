import { Redirect, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { AppShell } from './components/AppShell'
import { Toaster } from './components/Toaster'
import { lazyScreen } from './components/lazy-screen'
import { FirstRunGate } from './features/welcome/FirstRunGate'
import { AuditsScreen } from './features/audit-list/AuditsScreen'
import { StorageWarning } from './features/storage-warning/StorageWarning'

// The audits screen, where the app opens, is in the first script; every other screen is loaded
// the first time it is shown, so a start evaluates only what its first screen needs.
const WelcomeScreen = lazyScreen(() => import('./features/welcome/WelcomeScreen'), 'WelcomeScreen')
const NewAuditScreen = lazyScreen(
  () => import('./features/audit-list/AuditFormScreens'),
  'NewAuditScreen',
)
const EditAuditScreen = lazyScreen(
  () => import('./features/audit-list/AuditFormScreens'),
  'EditAuditScreen',
)
const InterviewScreen = lazyScreen(
  () => import('./features/interview/InterviewScreen'),
  'InterviewScreen',
)
const PreparationScreen = lazyScreen(
  () => import('./features/interview/PreparationScreen'),
  'PreparationScreen',
)
const LibraryScreen = lazyScreen(() => import('./features/library/LibraryScreen'), 'LibraryScreen')
const SectionEditorScreen = lazyScreen(
  () => import('./features/section-editor/SectionEditorScreen'),
  'SectionEditorScreen',
)
const DraftPreviewScreen = lazyScreen(
  () => import('./features/draft-preview/DraftPreviewScreen'),
  'DraftPreviewScreen',
)
const EvidenceLockerScreen = lazyScreen(
  () => import('./features/evidence/EvidenceLockerScreen'),
  'EvidenceLockerScreen',
)
const ResultsScreen = lazyScreen(() => import('./features/results/ResultsScreen'), 'ResultsScreen')
const FindingsScreen = lazyScreen(
  () => import('./features/findings/FindingsScreen'),
  'FindingsScreen',
)
const ReportTabScreen = lazyScreen(
  () => import('./features/report-tab/ReportTabScreen'),
  'ReportTabScreen',
)
// The report alone for printing (PDF export): outside the app's chrome and its first-run gate.
const PrintReportScreen = lazyScreen(
  () => import('./features/report-preview/PrintReportScreen'),
  'PrintReportScreen',
)
const ConflictsScreen = lazyScreen(
  () => import('./features/team-conflicts/ConflictsScreen'),
  'ConflictsScreen',
)
const SettingsScreen = lazyScreen(
  () => import('./features/settings/SettingsScreen'),
  'SettingsScreen',
)

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/audits/:auditId/report/print/:mode?" component={PrintReportScreen} />
        <Route>
          <AppScreens />
        </Route>
      </Switch>
    </Router>
  )
}

function AppScreens() {
  return (
    <>
      <FirstRunGate>
        <AppShell notices={<StorageWarning />}>
          <Switch>
            <Route path="/welcome" component={WelcomeScreen} />
            <Route path="/audits" component={AuditsScreen} />
            <Route path="/audits/new" component={NewAuditScreen} />
            <Route path="/audits/:auditId/edit" component={EditAuditScreen} />
            <Route path="/audits/:auditId/prepare/:sectionId" component={PreparationScreen} />
            <Route
              path="/audits/:auditId/interview/:sectionId?/:questionId?/:focus?"
              component={InterviewScreen}
            />
            <Route path="/audits/:auditId/evidence/:evidenceId?" component={EvidenceLockerScreen} />
            <Route path="/audits/:auditId/results" component={ResultsScreen} />
            <Route
              path="/audits/:auditId/findings/:sectionId?/:questionId?"
              component={FindingsScreen}
            />
            <Route path="/audits/:auditId/report" component={ReportTabScreen} />
            <Route path="/audits/:auditId/conflicts" component={ConflictsScreen} />
            <Route
              path="/library/drafts/:draftId/preview/:questionId?"
              component={DraftPreviewScreen}
            />
            <Route path="/library/drafts/:draftId" component={SectionEditorScreen} />
            <Route path="/library/:sectionId?" component={LibraryScreen} />
            <Route path="/settings/:part?" component={SettingsScreen} />
            <Route>
              <Redirect to="/audits" replace />
            </Route>
          </Switch>
        </AppShell>
      </FirstRunGate>
      <Toaster />
    </>
  )
}
