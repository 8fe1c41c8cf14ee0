//! QR codes of provisioning URIs: Unicode half blocks for terminals, PNG and SVG files.

use std::path::Path;

use anyhow::{Context, Result};
use qrcode::render::{svg, unicode};
use qrcode::{EcLevel, QrCode};
use zeroize::Zeroizing;

use super::secret_file;

fn encode(uri: &str) -> Result<QrCode> {
    QrCode::with_error_correction_level(uri, EcLevel::M).context("the URI is too long for a QR code")
}

/// The QR code as text, two modules per character cell.
pub fn to_terminal(uri: &str) -> Result<String> {
    Ok(encode(uri)?
        .render::<unicode::Dense1x2>()
        .dark_color(unicode::Dense1x2::Light)
        .light_color(unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}

/// The QR code as a PNG file (0600: it holds the seed); an existing file is
/// replaced only when `overwrite`.
pub fn write_png(uri: &str, path: &Path, overwrite: bool) -> Result<()> {
    let image = encode(uri)?.render::<image::Luma<u8>>().min_dimensions(256, 256).build();
    let mut png = Zeroizing::new(Vec::new());
    image.write_to(&mut std::io::Cursor::new(&mut *png), image::ImageFormat::Png).context("cannot encode the PNG")?;
    secret_file::write(path, &png, overwrite)
}

/// The QR code as an SVG file, like `write_png`.
pub fn write_svg(uri: &str, path: &Path, overwrite: bool) -> Result<()> {
    let text = Zeroizing::new(encode(uri)?.render::<svg::Color<'_>>().min_dimensions(256, 256).build());
    secret_file::write(path, text.as_bytes(), overwrite)
}
