//! The command-line tree. Doc comments are the help text; no logic lives here.

use std::path::PathBuf;

use clap::{ArgGroup, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::core::otp::MAX_COUNTER;

/// Self-hosted two-factor authentication with a local account store.
///
/// Exit codes: 0 success or verified; 1 refused (wrong, expired, replayed or
/// used code); 2 usage, input, store or key error; 3 locked out or
/// throttled; 4 no such account or no active method.
#[derive(Debug, Parser)]
#[command(name = "tfa", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// `Cli::command()`, with the leaves whose own options have a heading of
    /// their own built at once: a deferred leaf gets the global options
    /// first, and help lists headings in the order it meets them.
    pub fn tree() -> clap::Command {
        // In place: `mut_subcommand` would move the leaf to the end of the list.
        Cli::command().mut_subcommands(|sub| {
            let args: fn(clap::Command) -> clap::Command = match sub.get_name() {
                "enroll" => EnrollArgs::augment_args,
                "send" => SendArgs::augment_args,
                "login" => LoginArgs::augment_args,
                _ => return sub,
            };
            args(sub.defer(|sub| sub))
        })
    }

    /// `Cli::try_parse_from` over `Cli::tree()`.
    pub fn parse_args(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
        let mut matches = Cli::tree().try_get_matches_from(args)?;
        Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut Cli::tree()))
    }
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "TFA_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key
    #[arg(long, global = true, help_heading = "Global options", env = "TFA_KEY_FILE", value_name = "PATH")]
    pub key_file: Option<PathBuf>,

    /// Print one JSON document on stdout (JSON lines for streams)
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// Print no notes or warnings on stderr (errors still go there)
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// When to use colour
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Answer yes to every question; never wait for input
    #[arg(long, global = true, help_heading = "Global options")]
    pub yes: bool,

    /// Where the request came from (an IP, a host): recorded in the audit log;
    /// the backoff after failures counts per account and source
    #[arg(long, global = true, help_heading = "Global options", value_name = "WHERE")]
    pub source: Option<String>,

    /// Command that delivers messages (sent codes and security notices) given
    /// as JSON on stdin; split into words, run without a shell. Unset:
    /// codes stay in the outbox, and notices are not sent
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "TFA_DELIVERY_COMMAND",
        value_name = "COMMAND",
        help_heading = "Delivery"
    )]
    pub delivery_command: Option<String>,

    /// Seconds the delivery command may run before it is killed
    #[arg(long, global = true, env = "TFA_DELIVERY_TIMEOUT", value_name = "SECONDS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=300), help_heading = "Delivery")]
    pub delivery_timeout: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Audience {
    Operator,
    Person,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

// Every usage line is written out: clap's own, in an error, lists the options
// the environment set (TFA_DB, TFA_KEY_FILE, ...) as if they were required.
// Each leaf's arguments are built only when it runs (`defer`, on every
// subcommand enum): a start builds one leaf, not all of them.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create the store and its key (other commands do it on first write too)
    #[command(override_usage = "tfa init [OPTIONS]")]
    Init,

    /// Manage accounts
    #[command(subcommand)]
    Account(AccountCommand),

    /// Add a second factor to an account (created if missing)
    ///
    /// An authenticator app (totp, hotp) gets a new 160-bit seed, printed as an
    /// otpauth:// URI and a QR code. The method stays pending until a code
    /// from it is confirmed.
    ///
    /// A sent-code method (sms, whatsapp with --phone; email with --address)
    /// is sent a code at once through the delivery command; it stays pending
    /// until that code is confirmed, which proves the number or address
    /// reaches the person. Sent codes are restricted authenticators (NIST
    /// 800-63B): prefer an authenticator app.
    #[command(override_usage = "tfa enroll [OPTIONS] <NAME> <KIND>")]
    Enroll(EnrollArgs),

    /// Activate the pending method that this code matches
    #[command(override_usage = "tfa confirm [OPTIONS] <NAME> <CODE>")]
    Confirm {
        /// Account name
        name: String,
        /// The code the new authenticator shows, or - to read it from stdin
        code: String,
    },

    /// List an account's methods (never their secrets)
    #[command(override_usage = "tfa methods [OPTIONS] <NAME>")]
    Methods {
        /// Account name
        name: String,
    },

    /// Remove a method from an account
    #[command(override_usage = "tfa unenroll [OPTIONS] <NAME> <ID>")]
    Unenroll {
        /// Account name
        name: String,
        /// Method id, as `tfa methods` shows it
        id: i64,
    },

    /// Print the code an authenticator app would show now (or at --at)
    #[command(override_usage = "tfa code [OPTIONS] <NAME>")]
    Code {
        /// Account name
        name: String,
        /// Method id (a pending app too); default: the first active authenticator app
        #[arg(long)]
        method: Option<i64>,
        /// Unix time in seconds to compute the code for
        #[arg(long, value_name = "UNIX_SECONDS", value_parser = clap::value_parser!(u64).range(0..=i64::MAX as u64))]
        at: Option<u64>,
    },

    /// Send a one-time code by SMS, WhatsApp or email
    ///
    /// The code is 6 random digits, kept only as a keyed MAC, valid for
    /// --ttl seconds, single use, void after 5 wrong tries. Another code to
    /// the same method within 60 s is refused (exit 3); after that a new
    /// code voids the previous one.
    ///
    /// The delivery command gets the message as JSON on stdin: {"type":
    /// "code", "channel", "to", "account", "code", "expires_at" (RFC 3339
    /// UTC, e.g. 2025-11-26T20:46:40Z), "text"}. Exit 0 means it took the
    /// message; anything else, or the timeout, voids the code. With no
    /// delivery command, the message is kept in the outbox (see `tfa outbox`)
    /// and nothing leaves the machine.
    ///
    /// With --test, the message holds no code: {"type": "test", "channel",
    /// "to", "account", "text"}. Exit 0 delivered, 2 not delivered, 3 too
    /// soon after the last message.
    #[command(override_usage = "tfa send [OPTIONS] <NAME>")]
    Send(SendArgs),

    /// Check a code against the account's active methods and backup codes
    ///
    /// Sent codes are checked against the account's recent challenges: a
    /// right code is accepted once; a refusal says whether the code was
    /// expired, superseded by a resend, used, or wrong.
    ///
    /// With --batch, many codes from stdin, one per line: `NAME CODE`, or a
    /// JSON object {"account", "code", "source"}. One JSON line answers each,
    /// in order: the document of `verify --json` and "line" (from 1); a line
    /// that cannot be checked answers with its error document. Lines are
    /// decided in groups, each committed with one fsync before any of its
    /// answers is written; a group ends when no more input is waiting (or
    /// at 8192 lines), so each answer comes as soon as its line is in. Exit
    /// 0 at the end of the input, whatever the answers; 2 for a store or
    /// key problem.
    #[command(override_usage = "tfa verify [OPTIONS] [NAME] [CODE]")]
    Verify {
        /// Account name
        #[arg(required_unless_present = "batch")]
        name: Option<String>,
        /// The code, or - to read it from stdin (the default without a terminal)
        code: Option<String>,
        /// Check only codes sent over this channel
        #[arg(long, value_enum)]
        via: Option<Channel>,
        /// Check many codes from stdin, one JSON line each
        #[arg(long, conflicts_with_all = ["name", "code", "via"])]
        batch: bool,
    },

    /// Sign in: password, trusted device, then a code, with "try another way"
    ///
    /// The whole sign-in. First the password, if the account has one (a
    /// hidden prompt, or --password-stdin). Then a trusted device, if a token
    /// is offered (--device-token-file, or asked on a terminal when the
    /// account has trusted devices): a trusted device signs in without a
    /// code. Otherwise a code from the preferred method: the first active
    /// authenticator app, else the first active sent-code method, which is
    /// sent a code first. On a terminal, Enter alone at the code prompt opens
    /// "Try another way": every other way the account has (each app, SMS,
    /// WhatsApp, email, a backup code) and "I can't use any of these", which
    /// prints the recovery checklist. After a code, "Trust this device?"
    /// issues a device token.
    ///
    /// Without a terminal nothing is asked: --password-stdin, --code,
    /// --via and --trust-device say it all, and a missing one is named (exit
    /// 2). Without --code a sent-code method is sent a code, for a second run
    /// with --code. Failures count towards the lockout like failed verifies.
    #[command(override_usage = "tfa login [OPTIONS] <NAME>")]
    Login(LoginArgs),

    /// Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone's transfer
    ///
    /// Every line is checked first: a bad one is exit 2, naming the file and
    /// line, and nothing is imported. Then everything is imported in one
    /// transaction, as active methods with the state they had (used codes
    /// stay used). A secret an account already has is skipped, so importing
    /// again is safe; codes the old tool accepted since are then refused too.
    /// --dry-run says what would happen and writes nothing.
    #[command(subcommand)]
    Import(ImportCommand),

    /// Print an authenticator app's otpauth:// URI, or its QR code, to move it to a new phone
    ///
    /// The URI holds the secret: refused without --yes, recorded in the audit
    /// log, and the account holder is sent a notice.
    #[command(override_usage = "tfa export [OPTIONS] <NAME>")]
    Export {
        /// Account name
        name: String,
        /// The app to export (see `tfa methods NAME`); needed when there are several
        #[arg(long, value_name = "ID")]
        method: Option<i64>,
        /// Print the QR code to scan instead of the URI (with --json, the URI is in the document)
        #[arg(long)]
        qr: bool,
        /// Issuer shown in the authenticator app
        #[arg(long, default_value = "tfa")]
        issuer: String,
    },

    /// One-time recovery codes, for when the usual second factor is out of reach
    #[command(subcommand)]
    BackupCodes(BackupCodesCommand),

    /// Trusted devices: a token that stands in for a code until it expires
    #[command(subcommand)]
    Device(DeviceCommand),

    /// The recovery checklist: what to check when a code does not arrive or does not work
    ///
    /// Computed from the account's state (methods, deliveries, clock drift,
    /// backup codes, devices, lockout, recent failures), grouped "Not
    /// receiving a code", "Code not working", "Sign in another way", "Last
    /// resort". Each item has a status: ok, warn, action, manual (tfa cannot
    /// check it) or n/a. Exit 1 when any item is an action. Without NAME: the
    /// generic checklist, for someone who cannot say which account. With
    /// --all: one row per account with its action items (exit 1 if any).
    ///
    /// The last item is the support contact: set it with `tfa support set
    /// TEXT`, or the TFA_SUPPORT environment variable.
    #[command(override_usage = "tfa checklist [OPTIONS] [NAME]")]
    Checklist {
        /// Account name; omit for the generic checklist
        #[arg(conflicts_with = "all")]
        name: Option<String>,
        /// Every account's action items: the fleet's recovery readiness
        #[arg(long)]
        all: bool,
        /// Print a Markdown block to paste into a support ticket (instead of --json)
        #[arg(long)]
        markdown: bool,
        /// Who reads it: the operator (everything), or the person who cannot
        /// sign in (only what they can check, masked, and whom to ask)
        #[arg(long = "for", value_name = "READER", value_enum, default_value_t = Audience::Operator,
              requires = "name", conflicts_with_all = ["all", "markdown"])]
        audience: Audience,
    },

    /// Say why a code was or would be refused, changing nothing
    ///
    /// Consumes no code and counts no failure. Verdicts: ok, clock_skew
    /// (an authenticator code within 12 hours of now, outside the window),
    /// counter_skew (HOTP), replayed, other_method, pending_method,
    /// backup_code_used, expired, superseded, too_many_attempts,
    /// undelivered, malformed, locked, no_match. Exit 0 for ok, 1 for any
    /// other verdict, 2 for malformed, 4 for no such account.
    #[command(override_usage = "tfa doctor [OPTIONS] <NAME> <CODE>")]
    Doctor {
        /// Account name
        name: String,
        /// The code that was refused, or - to read it from stdin
        code: String,
        /// The method the code was asked for: a code of another one is other_method
        #[arg(long, value_name = "ID")]
        method: Option<i64>,
    },

    /// Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)
    ///
    /// For a phone whose clock is far off: the two codes are searched up to
    /// an hour either side of now (--reach: up to 12 hours; HOTP: up to 1000
    /// counters ahead); the offset found is stored, so later codes are
    /// checked around it. Both codes are used up; a failure counts toward
    /// the lockout.
    #[command(override_usage = "tfa resync [OPTIONS] <NAME> <CODE1> <CODE2>")]
    Resync {
        /// Account name
        name: String,
        /// A code the app shows
        code1: String,
        /// The next code the app shows after CODE1
        code2: String,
        /// Method id; default: every active authenticator app
        #[arg(long, value_name = "ID")]
        method: Option<i64>,
        /// How far from now to search a TOTP pair, at most 12h (a clock off
        /// by hours is a wrong time zone; old codes may be ones others saw)
        #[arg(long, value_name = "DURATION", default_value = "1h")]
        reach: String,
    },

    /// Lift an account's lockout and reset its failure count
    #[command(override_usage = "tfa unlock [OPTIONS] <NAME>")]
    Unlock {
        /// Account name
        name: String,
    },

    /// Show or change the lockout and recovery policy shared by every process on this store
    #[command(override_usage = "tfa policy [OPTIONS]")]
    Policy(PolicyArgs),

    /// Account recovery, for someone who lost every factor
    ///
    /// An operator opens a request; every confirmed contact of the account
    /// is told at once, with a code that cancels it. The operator records
    /// identity checks; after the waiting period (`tfa policy
    /// --recovery-wait`, default 24h) and with enough checks (`tfa policy
    /// --recovery-checks`, default 1), `complete` turns every old factor
    /// off and prints a one-time ticket for the person, who signs in with
    /// `tfa login NAME --ticket -` and sets up a new authenticator app on
    /// their own screen. The operator never sees its secret.
    #[command(subcommand)]
    Recovery(RecoveryCommand),

    /// Read the audit log (JSON lines with --json), or prune it
    #[command(override_usage = "tfa log [OPTIONS] [NAME]")]
    Log {
        /// Only this account's events
        name: Option<String>,
        /// Only events at or after WHEN: Unix seconds, YYYY-MM-DD, or a duration ago (90m, 24h, 7d)
        #[arg(long, value_name = "WHEN")]
        since: Option<String>,
        /// Delete events before WHEN instead of listing
        #[arg(long, value_name = "WHEN", conflicts_with_all = ["name", "since"])]
        prune: Option<String>,
    },

    /// The support contact shown at the end of every checklist
    ///
    /// Kept in the store; the TFA_SUPPORT environment variable, when set,
    /// takes its place.
    #[command(subcommand)]
    Support(SupportCommand),

    /// The service status shown at sign-in and in the checklist while set
    ///
    /// For what is wrong on the service's side: "SMS to the UK delayed".
    #[command(subcommand)]
    Status(StatusCommand),

    /// List the messages kept in the outbox (when no delivery command is set)
    ///
    /// For development and tests: the outbox holds sent codes in plain form.
    #[command(override_usage = "tfa outbox [OPTIONS] [NAME]")]
    Outbox {
        /// Only this account's messages
        name: Option<String>,
    },

    /// Write a consistent copy of the store to FILE while others use it
    #[command(override_usage = "tfa backup [OPTIONS] <FILE>")]
    Backup {
        /// Where to write the copy (refused if it exists, unless --yes)
        file: PathBuf,
    },

    /// Copy the whole store into an empty one: SQLite to PostgreSQL, or back
    ///
    /// TARGET is a PostgreSQL URL (postgres://USER@HOST/DB) or a SQLite file;
    /// it must hold nothing yet. The copy is one transaction: all of it, or
    /// nothing. Ids are kept, so the same key file opens every seed: give
    /// each host that uses TARGET a copy of the key file, never the database.
    /// A URL on the command line is visible to every user of the host: use a
    /// server that needs no password here (peer, cert), or migrate the other
    /// way round with the URL in TFA_DB.
    #[command(override_usage = "tfa migrate [OPTIONS] --to <TARGET>")]
    Migrate {
        /// The store to copy into: a postgres:// URL or a SQLite file
        #[arg(long, value_name = "TARGET")]
        to: PathBuf,
    },

    /// Reseal every secret under a new key; the old key file is kept as KEY.old
    ///
    /// In place only when the key file is this store's alone (as recorded in
    /// KEY.stores beside it); a key file other stores may use is left as it
    /// is: give this store a key of its own with --new-key-file.
    #[command(override_usage = "tfa rekey [OPTIONS]")]
    Rekey {
        /// Delete the KEY.old this store's own rekey kept, and do nothing else (never a key other stores may use)
        #[arg(long, conflicts_with = "new_key_file")]
        forget_old: bool,
        /// Write the new key to this new file and leave the current key file untouched; then use --key-file NEW
        #[arg(long, value_name = "NEW")]
        new_key_file: Option<PathBuf>,
    },

    /// Print shell completions on stdout
    #[command(override_usage = "tfa completions [OPTIONS] <SHELL>")]
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },

    /// Write man pages (tfa.1 and one per subcommand) into DIR
    #[command(override_usage = "tfa man [OPTIONS] <DIR>")]
    Man {
        /// Output directory
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum AccountCommand {
    /// Create an account
    #[command(override_usage = "tfa account add [OPTIONS] <NAME>")]
    Add {
        /// Account name: 1-64 printable characters, no whitespace
        name: String,
        /// Contact email address
        #[arg(long)]
        email: Option<String>,
        /// Contact phone number
        #[arg(long)]
        phone: Option<String>,
        /// Read a password from stdin (first line)
        #[arg(long)]
        password_stdin: bool,
    },
    /// List accounts
    #[command(override_usage = "tfa account list [OPTIONS]")]
    List,
    /// Show one account and its methods
    #[command(override_usage = "tfa account show [OPTIONS] <NAME>")]
    Show {
        /// Account name
        name: String,
    },
    /// Remove an account and everything it owns
    #[command(override_usage = "tfa account remove [OPTIONS] <NAME>")]
    Remove {
        /// Account name
        name: String,
    },
    /// Set or change an account's password: --password-stdin, or a hidden prompt
    ///
    /// Never on the command line. Without --password-stdin, a stdin that is
    /// not a terminal is read all the same, as earlier versions did.
    #[command(override_usage = "tfa account passwd [OPTIONS] <NAME>")]
    Passwd {
        /// Account name
        name: String,
        /// Read the new password from stdin (first line)
        #[arg(long)]
        password_stdin: bool,
    },
    /// Recovery contacts: addresses told of every security change, never a way to sign in
    ///
    /// A contact (someone the account holder trusts, or their own second
    /// address) is added pending and sent a code through the delivery
    /// command; once that code is confirmed, every security notice (a method
    /// added or removed, backup codes used, a lockout, a contact added or
    /// removed) goes to it too. It never receives a sign-in code, and no
    /// code sent to it is accepted by verify or login.
    #[command(subcommand)]
    Contact(ContactCommand),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ContactCommand {
    /// Add a recovery contact and send it the code that confirms it
    ///
    /// The code is 6 random digits, kept only as a keyed MAC, valid for
    /// --ttl seconds, void after 5 wrong tries; another within 60 s is
    /// refused (exit 3). Adding a contact that is still pending sends it a
    /// new code. The delivery command gets {"type": "code", "event":
    /// "contact_confirmation", ...}; it is required (the outbox holds
    /// sign-in codes only). The account's confirmed addresses are told.
    #[command(
        override_usage = "tfa account contact add [OPTIONS] <--email <ADDR>|--phone <NUMBER>> <NAME>",
        group(ArgGroup::new("to").required(true).args(["email", "phone"]))
    )]
    Add {
        /// Account name
        name: String,
        /// The contact's email address
        #[arg(long, value_name = "ADDR")]
        email: Option<String>,
        /// The contact's phone number: +<country code> <number>, or the national form with --region
        #[arg(long, value_name = "NUMBER")]
        phone: Option<String>,
        /// Region of a phone number written without its country code (e.g. US, GB, DE)
        #[arg(long, value_name = "CC", requires = "phone")]
        region: Option<String>,
        /// How a phone contact is reached
        #[arg(long, value_enum, default_value_t = PhoneChannel::Sms, requires = "phone")]
        via: PhoneChannel,
        /// Seconds the code stays valid (60 to 600)
        #[arg(long, value_name = "SECONDS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(60..=600))]
        ttl: u64,
    },
    /// Confirm the pending contact this code was sent to
    #[command(override_usage = "tfa account contact confirm [OPTIONS] <NAME> <CODE>")]
    Confirm {
        /// Account name
        name: String,
        /// The code the contact received, or - to read it from stdin
        code: String,
    },
    /// List an account's recovery contacts
    #[command(override_usage = "tfa account contact list [OPTIONS] <NAME>")]
    List {
        /// Account name
        name: String,
    },
    /// Remove a recovery contact (the others are told)
    #[command(override_usage = "tfa account contact remove [OPTIONS] <NAME> <ID>")]
    Remove {
        /// Account name
        name: String,
        /// Contact id, as `tfa account contact list` shows it
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum BackupCodesCommand {
    /// Make a new set of backup codes and show it once; the previous set stops working
    ///
    /// Each code works once. Piped, the codes are printed one per line; on a
    /// terminal as a numbered table. The account is created if missing.
    #[command(override_usage = "tfa backup-codes generate [OPTIONS] <NAME>")]
    Generate {
        /// Account name (created if it does not exist)
        name: String,
        /// How many codes (1-50)
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u8).range(1..=50))]
        count: u8,
        /// Write the codes to FILE (mode 0600) instead of stdout; an existing file needs --yes
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// How many backup codes remain and when the others were used (never the codes)
    #[command(override_usage = "tfa backup-codes status [OPTIONS] <NAME>")]
    Status {
        /// Account name
        name: String,
    },
    /// Use up one backup code: exit 0 if it was unused, 1 if used or wrong
    #[command(override_usage = "tfa backup-codes use [OPTIONS] <NAME> [CODE]")]
    Use {
        /// Account name
        name: String,
        /// The code (any case, dash optional), or - to read it from stdin (the default without a terminal)
        code: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ImportCommand {
    /// google-authenticator-libpam's ~/.google_authenticator: the secret, its options, its scratch codes
    ///
    /// TOTP or HOTP with its counter, WINDOW_SIZE, STEP_SIZE and TIME_SKEW carry
    /// over, and the steps DISALLOW_REUSE lists stay used. The 8-digit scratch
    /// codes become the account's backup codes (unless it has some).
    /// RATE_LIMIT and DISALLOW_REUSE are covered by tfa's lockout and replay
    /// rules, and reported.
    ///
    /// Give FILE with --account NAME, or --homes DIR.
    #[command(override_usage = "tfa import google-authenticator [OPTIONS] [FILE]")]
    GoogleAuthenticator {
        /// The file (a user's ~/.google_authenticator)
        #[arg(required_unless_present = "homes", requires = "account", conflicts_with = "homes")]
        file: Option<PathBuf>,
        /// The account the file belongs to
        #[arg(long, value_name = "NAME")]
        account: Option<String>,
        /// Every DIR/*/.google_authenticator, each for the account its directory names
        #[arg(long, value_name = "DIR", conflicts_with = "account")]
        homes: Option<PathBuf>,
        #[command(flatten)]
        options: ImportOptions,
    },
    /// pam_oath's users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes
    ///
    /// Lines read `TYPE USER PIN KEY [COUNTER [LASTOTP [TIME]]]`. The counter
    /// and the last code carry over, so no code accepted before the import is
    /// accepted after it. A PIN is not imported (it is reported).
    #[command(override_usage = "tfa import oath-usersfile [OPTIONS] <FILE>")]
    OathUsersfile {
        /// The users file
        file: PathBuf,
        #[command(flatten)]
        options: ImportOptions,
    },
    /// otpauth:// URIs, one per line
    #[command(override_usage = "tfa import uris [OPTIONS] <FILE|->")]
    Uris {
        /// The file, or - for stdin
        #[arg(value_name = "FILE|-")]
        file: String,
        /// The account every URI belongs to; without it, the account its label names
        #[arg(long, value_name = "NAME")]
        account: Option<String>,
        #[command(flatten)]
        options: ImportOptions,
    },
    /// Google Authenticator's "Transfer accounts" QR text (otpauth-migration://offline?data=...)
    ///
    /// One line per QR code; a transfer split over several QR codes needs
    /// all of them. The text holds the secrets: give it on stdin or in a file.
    #[command(override_usage = "tfa import google-migration [OPTIONS] <URI|FILE|->")]
    GoogleMigration {
        /// The text, a file holding it, or - for stdin
        #[arg(value_name = "URI|FILE|-")]
        input: String,
        /// The account every entry belongs to; without it, the account each entry names
        #[arg(long, value_name = "NAME")]
        account: Option<String>,
        #[command(flatten)]
        options: ImportOptions,
    },
}

#[derive(Debug, Args)]
pub struct ImportOptions {
    /// Check everything and say what would be imported; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DeviceCommand {
    /// Trust a device: print its token once (keep it on the device)
    #[command(override_usage = "tfa device add [OPTIONS] --name <LABEL> <NAME>")]
    Add {
        /// Account name
        name: String,
        /// A name for the device, e.g. "work laptop"
        #[arg(long = "name", value_name = "LABEL")]
        label: String,
        /// How long the device stays trusted: 2s, 90m, 12h, 30d, 2w (at most 366d)
        #[arg(long, default_value = "30d", value_name = "DURATION")]
        ttl: String,
    },
    /// List an account's devices (never their tokens)
    #[command(override_usage = "tfa device list [OPTIONS] <NAME>")]
    List {
        /// Account name
        name: String,
    },
    /// Stop trusting a device, or every device with --all
    #[command(override_usage = "tfa device revoke [OPTIONS] <NAME> [ID]")]
    Revoke {
        /// Account name
        name: String,
        /// Device id, as `tfa device list` shows it
        #[arg(required_unless_present = "all")]
        id: Option<i64>,
        /// Revoke every device of the account
        #[arg(long, conflicts_with = "id")]
        all: bool,
    },
    /// Check a device token: exit 0 if trusted, 1 if not
    ///
    /// The token is read from stdin (with - or when stdin is not a terminal)
    /// so that it stays off the command line.
    #[command(override_usage = "tfa device check [OPTIONS] <NAME> [TOKEN]")]
    Check {
        /// Account name
        name: String,
        /// The token, or - to read it from stdin; prefer stdin, argv is visible to other users
        token: Option<String>,
        /// Replace the token with a new one (printed) and void the presented one
        #[arg(long)]
        rotate: bool,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum RecoveryCommand {
    /// Open a recovery request: prints its id; every contact is told, with a cancel code
    ///
    /// One open request per account: a second is refused (exit 1) and names
    /// the open one, so that asking again neither restarts nor shortens the wait.
    #[command(override_usage = "tfa recovery request [OPTIONS] <NAME>")]
    Request {
        /// Account name
        name: String,
        /// Why, in a few words (kept with the request, shown by `list`)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Record an identity check made on a request (who: --source)
    #[command(override_usage = "tfa recovery check [OPTIONS] --note <TEXT> <ID>")]
    Check {
        /// Request id, as `tfa recovery list` shows it
        id: i64,
        /// How the identity was checked, e.g. "called back on the number in HR records"
        #[arg(long, value_name = "TEXT")]
        note: String,
    },
    /// Cancel a request: as the operator, or with the cancel code its notice gave
    ///
    /// A wrong code is refused (exit 1) and counted by the lockout; a
    /// lockout does not stop a right one. The operator may also cancel a
    /// completed request whose ticket is not used yet: the ticket stops working.
    #[command(override_usage = "tfa recovery cancel [OPTIONS] <ID>")]
    Cancel {
        /// Request id
        id: i64,
        /// The cancel code (xxxxx-xxxxx), or - to read it from stdin
        #[arg(long, value_name = "CODE", allow_hyphen_values = true)]
        code: Option<String>,
    },
    /// List recovery requests: the open ones, or every one with --all
    #[command(override_usage = "tfa recovery list [OPTIONS] [NAME]")]
    List {
        /// Only this account's requests
        name: Option<String>,
        /// Cancelled, completed and expired requests too
        #[arg(long)]
        all: bool,
    },
    /// Complete a request: every old factor off, and a one-time ticket printed once
    ///
    /// Refused (exit 3) before the waiting period has passed (`retry_after`)
    /// or with too few identity checks (`checks_missing`). In one
    /// transaction: every method disabled, the backup codes void, every
    /// trusted device revoked, the lockout lifted, and a ticket issued. Hand
    /// the ticket to the person: `tfa login NAME --ticket -`.
    #[command(override_usage = "tfa recovery complete [OPTIONS] <ID>")]
    Complete {
        /// Request id
        id: i64,
        /// How long the ticket works: 90s, 30m, 1h (at most 24h)
        #[arg(long, value_name = "DURATION", default_value = "1h")]
        ticket_ttl: String,
    },
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SupportCommand {
    /// Print the support contact (TFA_SUPPORT if set, else the stored one)
    #[command(override_usage = "tfa support show [OPTIONS]")]
    Show,
    /// Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"
    #[command(override_usage = "tfa support set [OPTIONS] <TEXT>")]
    Set {
        /// One line, at most 300 characters
        text: String,
    },
    /// Remove the stored support contact
    #[command(override_usage = "tfa support clear [OPTIONS]")]
    Clear,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum StatusCommand {
    /// Print the service status, if one is set
    #[command(override_usage = "tfa status show [OPTIONS]")]
    Show,
    /// Set the service status, e.g. "SMS to the UK delayed; use your app"
    #[command(override_usage = "tfa status set [OPTIONS] <TEXT>")]
    Set {
        /// One line, at most 300 characters
        text: String,
    },
    /// Clear the service status
    #[command(override_usage = "tfa status clear [OPTIONS]")]
    Clear,
}

#[derive(Debug, Args)]
pub struct EnrollArgs {
    /// Account name (created if it does not exist)
    pub name: String,

    /// What kind of second factor
    #[arg(value_enum)]
    pub kind: EnrollKind,

    /// A name for this method, e.g. the app or phone it lives on
    #[arg(long)]
    pub label: Option<String>,

    /// Issuer shown in the authenticator app
    #[arg(long, default_value = "tfa")]
    pub issuer: String,

    /// HMAC algorithm
    #[arg(long, value_enum, default_value_t = AlgorithmArg::Sha1)]
    pub algorithm: AlgorithmArg,

    /// Digits per code
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u8).range(6..=8))]
    pub digits: u8,

    /// TOTP time step in seconds
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3600))]
    pub period: u32,

    /// TOTP steps accepted either side of now
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=10))]
    pub window: u8,

    /// HOTP starting counter
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=MAX_COUNTER))]
    pub counter: u64,

    /// Import an existing base32 seed from stdin instead of making a new one
    #[arg(long)]
    pub secret_stdin: bool,

    /// Import an authenticator from an otpauth:// URI on stdin (its seed,
    /// algorithm, digits, period or counter, and issuer)
    #[arg(long, conflicts_with = "secret_stdin")]
    pub uri_stdin: bool,

    /// Also write the QR code as a PNG image
    #[arg(long, value_name = "FILE")]
    pub qr_png: Option<PathBuf>,

    /// Also write the QR code as an SVG image
    #[arg(long, value_name = "FILE")]
    pub qr_svg: Option<PathBuf>,

    /// Make the method active at once, without a confirming code
    #[arg(long)]
    pub no_confirm: bool,

    /// Phone number for sms or whatsapp: +<country code> <number>, or the
    /// national form with --region
    #[arg(long, value_name = "NUMBER", required_if_eq_any = [("kind", "sms"), ("kind", "whatsapp")], conflicts_with = "address")]
    pub phone: Option<String>,

    /// Region of a phone number written without its country code (two
    /// letters, e.g. US, GB, DE)
    #[arg(long, value_name = "CC", requires = "phone")]
    pub region: Option<String>,

    /// Email address for email
    #[arg(long, value_name = "ADDR", required_if_eq("kind", "email"))]
    pub address: Option<String>,

    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Account name
    pub name: String,

    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,

    /// A file that holds this device's token, as a browser holds a cookie: a
    /// trusted device signs in without a code. A missing file is no token;
    /// --trust-device writes the new token here (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub device_token_file: Option<PathBuf>,

    /// The code, or - to read it from stdin (the line after the password with
    /// --password-stdin). Without it, no terminal and a sent-code method, a
    /// code is sent for the next run
    #[arg(long, value_name = "CODE", allow_hyphen_values = true)]
    pub code: Option<String>,

    /// The way to sign in: totp, hotp, sms, whatsapp, email, backup_code, or
    /// a method id (as `tfa methods` shows it). Default: the preferred method
    #[arg(long, value_name = "KIND|ID")]
    pub via: Option<String>,

    /// Sign in with a recovery ticket (from `tfa recovery complete`) instead
    /// of a code: - reads it from stdin (after the password), no value asks
    /// on a terminal. The ticket sets up a new authenticator app: its URI
    /// (and a QR code on a terminal) is shown and its first code confirms
    /// it, which uses the ticket up. Without a terminal, a first run without
    /// --code shows the URI (exit 2); a second with --code confirms it
    #[arg(long, value_name = "-", num_args = 0..=1, default_missing_value = "",
          conflicts_with_all = ["device_token_file", "via", "trust_device"])]
    pub ticket: Option<String>,

    /// After signing in with a code, trust this device under LABEL (30 days):
    /// its token goes to --device-token-file, else to stdout
    #[arg(long, value_name = "LABEL")]
    pub trust_device: Option<String>,

    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Account name
    pub name: String,

    /// The channel; default: the account's first active sent-code method
    #[arg(long, value_enum)]
    pub via: Option<Channel>,

    /// Method id, as `tfa methods` shows it (a pending one gets its confirming code)
    #[arg(long)]
    pub method: Option<i64>,

    /// Send a test message with no code ({"type": "test"}), to check the
    /// channel: it voids no code, is throttled as a code is, and is recorded
    /// as a delivery (needs a delivery command)
    #[arg(long)]
    pub test: bool,

    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

// How sent codes leave the machine. (Not a doc comment: a flattened struct's
// would be the about of the deferred subcommands that flatten it.)
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Sent codes (sms, whatsapp, email)")]
pub struct DeliveryArgs {
    /// Text of the message; {code}, {account} and {minutes} are filled in
    #[arg(long, env = "TFA_MESSAGE_TEMPLATE", value_name = "TEXT")]
    pub message_template: Option<String>,

    /// Seconds the code stays valid (60 to 600)
    #[arg(long, value_name = "SECONDS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(60..=600))]
    pub ttl: u64,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Consecutive failures allowed before each further attempt must wait
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub backoff_after: Option<u32>,
    /// The first wait in seconds; it doubles with each further failure
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub base_delay: Option<u64>,
    /// The longest wait in seconds
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_delay: Option<u64>,
    /// Consecutive failures that lock the account until `tfa unlock`
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub hard_lock_at: Option<u32>,
    /// How long a recovery request waits before it may be completed: 30m, 24h, 3d (at most 30d)
    #[arg(long, value_name = "DURATION")]
    pub recovery_wait: Option<String>,
    /// Identity checks a recovery request needs before it may be completed (0-10)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=10))]
    pub recovery_checks: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnrollKind {
    /// Time-based authenticator app (RFC 6238)
    Totp,
    /// Counter-based authenticator app (RFC 4226)
    Hotp,
    /// Codes sent by text message to --phone (restricted)
    Sms,
    /// Codes sent by WhatsApp to --phone (restricted)
    Whatsapp,
    /// Codes sent by email to --address (restricted)
    Email,
}

/// How a phone is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PhoneChannel {
    Sms,
    Whatsapp,
}

/// A channel that sent codes go over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Channel {
    Sms,
    Whatsapp,
    Email,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlgorithmArg {
    Sha1,
    Sha256,
    Sha512,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    fn leaves(cmd: &clap::Command) -> Vec<clap::Command> {
        if cmd.has_subcommands() {
            cmd.get_subcommands().filter(|sub| sub.get_name() != "help").flat_map(leaves).collect()
        } else {
            vec![cmd.clone()]
        }
    }

    #[test]
    fn every_usage_is_written_out_as_clap_would_write_it() {
        // Alone, a subcommand that lacks a written usage would name itself without "tfa".
        let written = leaves(&Cli::command());
        let mut cli = Cli::command();
        cli.build();
        let built = leaves(&cli);
        assert_eq!(written.len(), 53);
        assert_eq!(written.len(), built.len());
        for (mut alone, sub) in written.into_iter().zip(built) {
            let own = sub.override_usage(None::<&str>).render_usage().to_string();
            assert_eq!(alone.render_usage().to_string(), own, "{}", alone.get_name());
        }
    }
}
