//! An account: the name people sign in with, and where codes can reach them.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub has_password: bool,
    pub created_at: i64,
}
