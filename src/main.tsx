/** Renderer entry: fonts and styles, then the app bound to this window's client. */
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/700.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/timeline.css'
import './styles/reader.css'
import './styles/feeds.css'
import './styles/dialog.css'
import './styles/editor.css'
import './styles/desk.css'
import './styles/notices.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getClient } from './api/client'
import { App } from './App'

const root = document.getElementById('root')
if (!root) throw new Error('missing #root')
createRoot(root).render(
  <StrictMode>
    <App client={getClient()} />
  </StrictMode>,
)
