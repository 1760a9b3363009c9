/** «New since the last look»: this window tells the core it looks now, once, and keeps when the last look before was. */
import { useEffect, useState } from 'react'
import type { MarsadClient } from '../api/client'

type LastLook = { readonly previous: number | null; readonly storedSince: number }

/** One look per client and page: a second mount (React's strict mode runs effects twice) must not move it again. */
const looks = new WeakMap<MarsadClient, Promise<LastLook>>()

export function useLastLook(client: MarsadClient): LastLook | null {
  const [lastLook, setLastLook] = useState<LastLook | null>(null)
  useEffect(() => {
    let live = true
    let look = looks.get(client)
    if (!look) looks.set(client, (look = client.markLooked({})))
    look
      .then((look) => live && setLastLook(look))
      // Without it there is simply no «new» filter.
      .catch(() => {})
    return () => {
      live = false
    }
  }, [client])
  return lastLook
}
