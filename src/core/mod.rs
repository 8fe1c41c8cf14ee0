//! The domain: pure functions and types, no I/O. Time comes in as an argument.

pub mod backup_code;
pub mod challenge;
pub mod code;
pub mod device;
pub mod email;
pub mod lockout;
pub mod mask;
pub mod method;
pub mod name;
pub mod otp;
pub mod phone;
pub mod seed;
pub mod uri;
pub mod when;
