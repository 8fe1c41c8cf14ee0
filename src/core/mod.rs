//! The domain: pure functions and types, no I/O. Time comes in as an argument.

pub mod code;
pub mod lockout;
pub mod method;
pub mod name;
pub mod otp;
pub mod seed;
pub mod uri;
pub mod when;
