pub mod checklist;
