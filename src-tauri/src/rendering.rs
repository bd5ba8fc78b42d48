//! How the window's page is painted. On Linux, WebKitGTK composites pages with the graphics
//! card (OpenGL) by default. Escale's screens are forms and lists with no animation worth a
//! graphics card, and its laptops are old: 4 GB shared with the browser, integrated graphics or
//! none (then OpenGL is emulated by the processor, llvmpipe), drivers known to leave WebKit
//! windows blank. So the page is painted by the processor. Measured under Xvfb at 100,000
//! people: the web process 231 -> about 134 MiB, the first screen about 100 ms sooner.

/// Asks the window's web view to paint without the graphics card; elsewhere than on Linux the
/// system's web view keeps its own way.
pub fn paint_with_the_processor<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) -> tauri::Result<()> {
    #[cfg(target_os = "linux")]
    {
        window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = webview.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        })?;
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
    Ok(())
}
