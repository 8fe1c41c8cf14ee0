//! Links the `tfa` binary as a position-dependent executable: a PIE of this
//! size has about 17,000 relocations for the loader to apply, and every
//! whole-process verify pays for them (BENCHMARKS.md, "A cheap start").
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=tfa=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
