pub mod checklist;
pub mod doctor;
