/** The tray icon (with a dot while unread flagged articles wait), its menu, and the dock/taskbar badge. */
import { app, Menu, nativeImage, Tray } from 'electron'
import { join } from 'node:path'
import { trayMenu, trayTooltip, type TrayActions, type TrayState } from './tray-menu'

export class MarsadTray {
  private readonly tray: Tray
  private readonly icons: { readonly calm: Electron.NativeImage; readonly alert: Electron.NativeImage }

  constructor(
    iconsDir: string,
    private readonly actions: TrayActions,
  ) {
    this.icons = { calm: nativeImage.createFromPath(join(iconsDir, 'tray.png')), alert: nativeImage.createFromPath(join(iconsDir, 'tray-alert.png')) }
    this.tray = new Tray(this.icons.calm)
    // A click opens the window (Windows, most Linux trays); the menu is on the other button.
    this.tray.on('click', () => actions.open())
    this.show({ unread: 0, pausedUntil: null })
  }

  show(state: TrayState): void {
    const now = Date.now()
    this.tray.setImage(state.unread > 0 ? this.icons.alert : this.icons.calm)
    this.tray.setToolTip(trayTooltip(state, now))
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenu(state, now, this.actions)))
    // The dock (macOS) and launcher (Linux, Unity) badge: the same count.
    app.setBadgeCount(state.unread)
  }

  destroy(): void {
    this.tray.destroy()
  }
}
