//! The domain: pure functions and types, no I/O. Time comes in as an argument.

pub mod backup_code;
pub mod code;
pub mod device;
pub mod method;
pub mod name;
pub mod otp;
pub mod seed;
pub mod uri;
