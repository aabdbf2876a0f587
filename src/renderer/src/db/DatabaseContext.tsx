import { createContext, useContext, type ReactNode } from 'react'
import type { WorkbookDatabase } from './database'

const DatabaseContext = createContext<WorkbookDatabase | null>(null)

export function DatabaseProvider({ db, children }: { db: WorkbookDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

export function useDatabase(): WorkbookDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>')
  return db
}
