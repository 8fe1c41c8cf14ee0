//! QR codes of provisioning URIs: Unicode half blocks for terminals, PNG and SVG files.

use std::path::Path;

use anyhow::{Context, Result};
use qrcode::render::{svg, unicode};
use qrcode::{EcLevel, QrCode};

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

pub fn write_png(uri: &str, path: &Path) -> Result<()> {
    let image = encode(uri)?.render::<image::Luma<u8>>().min_dimensions(256, 256).build();
    image.save_with_format(path, image::ImageFormat::Png).with_context(|| format!("cannot write {}", path.display()))
}

pub fn write_svg(uri: &str, path: &Path) -> Result<()> {
    let text = encode(uri)?.render::<svg::Color<'_>>().min_dimensions(256, 256).build();
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}
