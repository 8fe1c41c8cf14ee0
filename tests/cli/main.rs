//! End-to-end tests of the `tfa` binary, run as a script would run it.

mod env;

mod accounts;
mod api;
mod backup_codes;
mod batch;
mod checklist;
mod contacts;
mod devices;
mod doctor;
mod enroll_verify;
mod generated;
mod hardening;
mod help;
mod hosts;
mod import;
mod json_contract;
mod keys;
mod login;
mod oath_crosscheck;
mod pty;
mod recovery;
mod regressions;
mod sent_codes;
mod store;
mod terminal;
mod trust;
