import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { openDatabase } from './db/open-database'
import { DatabaseProvider } from './db/DatabaseContext'
import { DatabaseUnavailable } from './features/recovery/DatabaseUnavailable'
import './styles/global.css'

const root = createRoot(document.getElementById('root') as HTMLElement)

openDatabase().then((result) => {
  root.render(
    <StrictMode>
      {result.ok ? (
        <DatabaseProvider db={result.db}>
          <App />
        </DatabaseProvider>
      ) : (
        <DatabaseUnavailable message={result.error} />
      )}
    </StrictMode>,
  )
})
