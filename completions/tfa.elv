
use builtin;
use str;

set edit:completion:arg-completer[tfa] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tfa'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tfa'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store and its key (other commands do it on first write too)'
            cand account 'Manage accounts'
            cand enroll 'Add a second factor to an account (created if missing)'
            cand confirm 'Activate the pending method that this code matches'
            cand methods 'List an account''s methods (never their secrets)'
            cand unenroll 'Remove a method from an account'
            cand code 'Print the code an authenticator app would show now (or at --at)'
            cand send 'Send a one-time code by SMS, WhatsApp or email'
            cand verify 'Check a code against the account''s active methods and backup codes'
            cand login 'Sign in: password, trusted device, then a code, with "try another way"'
            cand import 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone''s transfer'
            cand export 'Print an authenticator app''s otpauth:// URI, or its QR code, to move it to a new phone'
            cand backup-codes 'One-time recovery codes, for when the usual second factor is out of reach'
            cand device 'Trusted devices: a token that stands in for a code until it expires'
            cand checklist 'The recovery checklist: what to check when a code does not arrive or does not work'
            cand doctor 'Say why a code was or would be refused, changing nothing'
            cand resync 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)'
            cand unlock 'Lift an account''s lockout and reset its failure count'
            cand policy 'Show or change the lockout and recovery policy shared by every process on this store'
            cand recovery 'Account recovery, for someone who lost every factor'
            cand log 'Read the audit log (JSON lines with --json), or prune it'
            cand support 'The support contact shown at the end of every checklist'
            cand status 'The service status shown at sign-in and in the checklist while set'
            cand outbox 'List the messages kept in the outbox (when no delivery command is set)'
            cand backup 'Write a consistent copy of the store to FILE while others use it'
            cand migrate 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back'
            cand rekey 'Reseal every secret under a new key; the old key file is kept as KEY.old'
            cand completions 'Print shell completions on stdout'
            cand man 'Write man pages (tfa.1 and one per subcommand) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;init'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create an account'
            cand list 'List accounts'
            cand show 'Show one account and its methods'
            cand remove 'Remove an account and everything it owns'
            cand passwd 'Set or change an account''s password: --password-stdin, or a hidden prompt'
            cand contact 'Recovery contacts: addresses told of every security change, never a way to sign in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;account;add'= {
            cand --email 'Contact email address'
            cand --phone 'Contact phone number'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --password-stdin 'Read a password from stdin (first line)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;list'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;show'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;remove'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;passwd'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --password-stdin 'Read the new password from stdin (first line)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;contact'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a recovery contact and send it the code that confirms it'
            cand confirm 'Confirm the pending contact this code was sent to'
            cand list 'List an account''s recovery contacts'
            cand remove 'Remove a recovery contact (the others are told)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;account;contact;add'= {
            cand --email 'The contact''s email address'
            cand --phone 'The contact''s phone number: +<country code> <number>, or the national form with --region'
            cand --region 'Region of a phone number written without its country code (e.g. US, GB, DE)'
            cand --via 'How a phone contact is reached'
            cand --ttl 'Seconds the code stays valid (60 to 600)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;contact;confirm'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;contact;list'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;contact;remove'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;account;contact;help'= {
            cand add 'Add a recovery contact and send it the code that confirms it'
            cand confirm 'Confirm the pending contact this code was sent to'
            cand list 'List an account''s recovery contacts'
            cand remove 'Remove a recovery contact (the others are told)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;account;contact;help;add'= {
        }
        &'tfa;account;contact;help;confirm'= {
        }
        &'tfa;account;contact;help;list'= {
        }
        &'tfa;account;contact;help;remove'= {
        }
        &'tfa;account;contact;help;help'= {
        }
        &'tfa;account;help'= {
            cand add 'Create an account'
            cand list 'List accounts'
            cand show 'Show one account and its methods'
            cand remove 'Remove an account and everything it owns'
            cand passwd 'Set or change an account''s password: --password-stdin, or a hidden prompt'
            cand contact 'Recovery contacts: addresses told of every security change, never a way to sign in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;account;help;add'= {
        }
        &'tfa;account;help;list'= {
        }
        &'tfa;account;help;show'= {
        }
        &'tfa;account;help;remove'= {
        }
        &'tfa;account;help;passwd'= {
        }
        &'tfa;account;help;contact'= {
            cand add 'Add a recovery contact and send it the code that confirms it'
            cand confirm 'Confirm the pending contact this code was sent to'
            cand list 'List an account''s recovery contacts'
            cand remove 'Remove a recovery contact (the others are told)'
        }
        &'tfa;account;help;contact;add'= {
        }
        &'tfa;account;help;contact;confirm'= {
        }
        &'tfa;account;help;contact;list'= {
        }
        &'tfa;account;help;contact;remove'= {
        }
        &'tfa;account;help;help'= {
        }
        &'tfa;enroll'= {
            cand --label 'A name for this method, e.g. the app or phone it lives on'
            cand --issuer 'Issuer shown in the authenticator app'
            cand --algorithm 'HMAC algorithm'
            cand --digits 'Digits per code'
            cand --period 'TOTP time step in seconds'
            cand --window 'TOTP steps accepted either side of now'
            cand --counter 'HOTP starting counter'
            cand --qr-png 'Also write the QR code as a PNG image'
            cand --qr-svg 'Also write the QR code as an SVG image'
            cand --phone 'Phone number for sms or whatsapp: +<country code> <number>, or the national form with --region'
            cand --region 'Region of a phone number written without its country code (two letters, e.g. US, GB, DE)'
            cand --address 'Email address for email'
            cand --message-template 'Text of the message; {code}, {account} and {minutes} are filled in'
            cand --ttl 'Seconds the code stays valid (60 to 600)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --secret-stdin 'Import an existing base32 seed from stdin instead of making a new one'
            cand --uri-stdin 'Import an authenticator from an otpauth:// URI on stdin (its seed, algorithm, digits, period or counter, and issuer)'
            cand --no-confirm 'Make the method active at once, without a confirming code'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;confirm'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;methods'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;unenroll'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;code'= {
            cand --method 'Method id (a pending app too); default: the first active authenticator app'
            cand --at 'Unix time in seconds to compute the code for'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;send'= {
            cand --via 'The channel; default: the account''s first active sent-code method'
            cand --method 'Method id, as `tfa methods` shows it (a pending one gets its confirming code)'
            cand --message-template 'Text of the message; {code}, {account} and {minutes} are filled in'
            cand --ttl 'Seconds the code stays valid (60 to 600)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --test 'Send a test message with no code ({"type": "test"}), to check the channel: it voids no code, is throttled as a code is, and is recorded as a delivery (needs a delivery command)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;verify'= {
            cand --via 'Check only codes sent over this channel'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --batch 'Check many codes from stdin, one JSON line each'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;login'= {
            cand --device-token-file 'A file that holds this device''s token, as a browser holds a cookie: a trusted device signs in without a code. A missing file is no token; --trust-device writes the new token here (mode 0600)'
            cand --code 'The code, or - to read it from stdin (the line after the password with --password-stdin). Without it, no terminal and a sent-code method, a code is sent for the next run'
            cand --via 'The way to sign in: totp, hotp, sms, whatsapp, email, backup_code, or a method id (as `tfa methods` shows it). Default: the preferred method'
            cand --ticket 'Sign in with a recovery ticket (from `tfa recovery complete`) instead of a code: - reads it from stdin (after the password), no value asks on a terminal. The ticket sets up a new authenticator app: its URI (and a QR code on a terminal) is shown and its first code confirms it, which uses the ticket up. Without a terminal, a first run without --code shows the URI (exit 2); a second with --code confirms it'
            cand --trust-device 'After signing in with a code, trust this device under LABEL (30 days): its token goes to --device-token-file, else to stdout'
            cand --message-template 'Text of the message; {code}, {account} and {minutes} are filled in'
            cand --ttl 'Seconds the code stays valid (60 to 600)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;import'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand google-authenticator 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes'
            cand oath-usersfile 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
            cand uris 'otpauth:// URIs, one per line'
            cand google-migration 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;import;google-authenticator'= {
            cand --account 'The account the file belongs to'
            cand --homes 'Every DIR/*/.google_authenticator, each for the account its directory names'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --dry-run 'Check everything and say what would be imported; write nothing'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;import;oath-usersfile'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --dry-run 'Check everything and say what would be imported; write nothing'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;import;uris'= {
            cand --account 'The account every URI belongs to; without it, the account its label names'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --dry-run 'Check everything and say what would be imported; write nothing'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;import;google-migration'= {
            cand --account 'The account every entry belongs to; without it, the account each entry names'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --dry-run 'Check everything and say what would be imported; write nothing'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;import;help'= {
            cand google-authenticator 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes'
            cand oath-usersfile 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
            cand uris 'otpauth:// URIs, one per line'
            cand google-migration 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;import;help;google-authenticator'= {
        }
        &'tfa;import;help;oath-usersfile'= {
        }
        &'tfa;import;help;uris'= {
        }
        &'tfa;import;help;google-migration'= {
        }
        &'tfa;import;help;help'= {
        }
        &'tfa;export'= {
            cand --method 'The app to export (see `tfa methods NAME`); needed when there are several'
            cand --issuer 'Issuer shown in the authenticator app'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --qr 'Print the QR code to scan instead of the URI (with --json, the URI is in the document)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;backup-codes'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Make a new set of backup codes and show it once; the previous set stops working'
            cand status 'How many backup codes remain and when the others were used (never the codes)'
            cand use 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;backup-codes;generate'= {
            cand --count 'How many codes (1-50)'
            cand --out 'Write the codes to FILE (mode 0600) instead of stdout; an existing file needs --yes'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;backup-codes;status'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;backup-codes;use'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;backup-codes;help'= {
            cand generate 'Make a new set of backup codes and show it once; the previous set stops working'
            cand status 'How many backup codes remain and when the others were used (never the codes)'
            cand use 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;backup-codes;help;generate'= {
        }
        &'tfa;backup-codes;help;status'= {
        }
        &'tfa;backup-codes;help;use'= {
        }
        &'tfa;backup-codes;help;help'= {
        }
        &'tfa;device'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Trust a device: print its token once (keep it on the device)'
            cand list 'List an account''s devices (never their tokens)'
            cand revoke 'Stop trusting a device, or every device with --all'
            cand check 'Check a device token: exit 0 if trusted, 1 if not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;device;add'= {
            cand --name 'A name for the device, e.g. "work laptop"'
            cand --ttl 'How long the device stays trusted: 2s, 90m, 12h, 30d, 2w (at most 366d)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;device;list'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;device;revoke'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --all 'Revoke every device of the account'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;device;check'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --rotate 'Replace the token with a new one (printed) and void the presented one'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;device;help'= {
            cand add 'Trust a device: print its token once (keep it on the device)'
            cand list 'List an account''s devices (never their tokens)'
            cand revoke 'Stop trusting a device, or every device with --all'
            cand check 'Check a device token: exit 0 if trusted, 1 if not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;device;help;add'= {
        }
        &'tfa;device;help;list'= {
        }
        &'tfa;device;help;revoke'= {
        }
        &'tfa;device;help;check'= {
        }
        &'tfa;device;help;help'= {
        }
        &'tfa;checklist'= {
            cand --for 'Who reads it: the operator (everything), or the person who cannot sign in (only what they can check, masked, and whom to ask)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --all 'Every account''s action items: the fleet''s recovery readiness'
            cand --markdown 'Print a Markdown block to paste into a support ticket (instead of --json)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;doctor'= {
            cand --method 'The method the code was asked for: a code of another one is other_method'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;resync'= {
            cand --method 'Method id; default: every active authenticator app'
            cand --reach 'How far from now to search a TOTP pair, at most 12h (a clock off by hours is a wrong time zone; old codes may be ones others saw)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;unlock'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;policy'= {
            cand --backoff-after 'Consecutive failures allowed before each further attempt must wait'
            cand --base-delay 'The first wait in seconds; it doubles with each further failure'
            cand --max-delay 'The longest wait in seconds'
            cand --hard-lock-at 'Consecutive failures that lock the account until `tfa unlock`'
            cand --recovery-wait 'How long a recovery request waits before it may be completed: 30m, 24h, 3d (at most 30d)'
            cand --recovery-checks 'Identity checks a recovery request needs before it may be completed (0-10)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand request 'Open a recovery request: prints its id; every contact is told, with a cancel code'
            cand check 'Record an identity check made on a request (who: --source)'
            cand cancel 'Cancel a request: as the operator, or with the cancel code its notice gave'
            cand list 'List recovery requests: the open ones, or every one with --all'
            cand complete 'Complete a request: every old factor off, and a one-time ticket printed once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;recovery;request'= {
            cand --reason 'Why, in a few words (kept with the request, shown by `list`)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery;check'= {
            cand --note 'How the identity was checked, e.g. "called back on the number in HR records"'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery;cancel'= {
            cand --code 'The cancel code (xxxxx-xxxxx), or - to read it from stdin'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery;list'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --all 'Cancelled, completed and expired requests too'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery;complete'= {
            cand --ticket-ttl 'How long the ticket works: 90s, 30m, 1h (at most 24h)'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;recovery;help'= {
            cand request 'Open a recovery request: prints its id; every contact is told, with a cancel code'
            cand check 'Record an identity check made on a request (who: --source)'
            cand cancel 'Cancel a request: as the operator, or with the cancel code its notice gave'
            cand list 'List recovery requests: the open ones, or every one with --all'
            cand complete 'Complete a request: every old factor off, and a one-time ticket printed once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;recovery;help;request'= {
        }
        &'tfa;recovery;help;check'= {
        }
        &'tfa;recovery;help;cancel'= {
        }
        &'tfa;recovery;help;list'= {
        }
        &'tfa;recovery;help;complete'= {
        }
        &'tfa;recovery;help;help'= {
        }
        &'tfa;log'= {
            cand --since 'Only events at or after WHEN: Unix seconds, YYYY-MM-DD, or a duration ago (90m, 24h, 7d)'
            cand --prune 'Delete events before WHEN instead of listing'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;support'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
            cand set 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
            cand clear 'Remove the stored support contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;support;show'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;support;set'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;support;clear'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;support;help'= {
            cand show 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
            cand set 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
            cand clear 'Remove the stored support contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;support;help;show'= {
        }
        &'tfa;support;help;set'= {
        }
        &'tfa;support;help;clear'= {
        }
        &'tfa;support;help;help'= {
        }
        &'tfa;status'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the service status, if one is set'
            cand set 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
            cand clear 'Clear the service status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;status;show'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;status;set'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;status;clear'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;status;help'= {
            cand show 'Print the service status, if one is set'
            cand set 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
            cand clear 'Clear the service status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;status;help;show'= {
        }
        &'tfa;status;help;set'= {
        }
        &'tfa;status;help;clear'= {
        }
        &'tfa;status;help;help'= {
        }
        &'tfa;outbox'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;backup'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;migrate'= {
            cand --to 'The store to copy into: a postgres:// URL or a SQLite file'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;rekey'= {
            cand --new-key-file 'Write the new key to this new file and leave the current key file untouched; then use --key-file NEW'
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --forget-old 'Delete the KEY.old this store''s own rekey kept, and do nothing else (never a key other stores may use)'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;completions'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;man'= {
            cand --db 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db'
            cand --key-file 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key'
            cand --color 'When to use colour'
            cand --source 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source'
            cand --delivery-command 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent'
            cand --delivery-timeout 'Seconds the delivery command may run before it is killed'
            cand --json 'Print one JSON document on stdout (JSON lines for streams)'
            cand -q 'Print no notes or warnings on stderr (errors still go there)'
            cand --quiet 'Print no notes or warnings on stderr (errors still go there)'
            cand --yes 'Answer yes to every question; never wait for input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tfa;help'= {
            cand init 'Create the store and its key (other commands do it on first write too)'
            cand account 'Manage accounts'
            cand enroll 'Add a second factor to an account (created if missing)'
            cand confirm 'Activate the pending method that this code matches'
            cand methods 'List an account''s methods (never their secrets)'
            cand unenroll 'Remove a method from an account'
            cand code 'Print the code an authenticator app would show now (or at --at)'
            cand send 'Send a one-time code by SMS, WhatsApp or email'
            cand verify 'Check a code against the account''s active methods and backup codes'
            cand login 'Sign in: password, trusted device, then a code, with "try another way"'
            cand import 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone''s transfer'
            cand export 'Print an authenticator app''s otpauth:// URI, or its QR code, to move it to a new phone'
            cand backup-codes 'One-time recovery codes, for when the usual second factor is out of reach'
            cand device 'Trusted devices: a token that stands in for a code until it expires'
            cand checklist 'The recovery checklist: what to check when a code does not arrive or does not work'
            cand doctor 'Say why a code was or would be refused, changing nothing'
            cand resync 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)'
            cand unlock 'Lift an account''s lockout and reset its failure count'
            cand policy 'Show or change the lockout and recovery policy shared by every process on this store'
            cand recovery 'Account recovery, for someone who lost every factor'
            cand log 'Read the audit log (JSON lines with --json), or prune it'
            cand support 'The support contact shown at the end of every checklist'
            cand status 'The service status shown at sign-in and in the checklist while set'
            cand outbox 'List the messages kept in the outbox (when no delivery command is set)'
            cand backup 'Write a consistent copy of the store to FILE while others use it'
            cand migrate 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back'
            cand rekey 'Reseal every secret under a new key; the old key file is kept as KEY.old'
            cand completions 'Print shell completions on stdout'
            cand man 'Write man pages (tfa.1 and one per subcommand) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tfa;help;init'= {
        }
        &'tfa;help;account'= {
            cand add 'Create an account'
            cand list 'List accounts'
            cand show 'Show one account and its methods'
            cand remove 'Remove an account and everything it owns'
            cand passwd 'Set or change an account''s password: --password-stdin, or a hidden prompt'
            cand contact 'Recovery contacts: addresses told of every security change, never a way to sign in'
        }
        &'tfa;help;account;add'= {
        }
        &'tfa;help;account;list'= {
        }
        &'tfa;help;account;show'= {
        }
        &'tfa;help;account;remove'= {
        }
        &'tfa;help;account;passwd'= {
        }
        &'tfa;help;account;contact'= {
            cand add 'Add a recovery contact and send it the code that confirms it'
            cand confirm 'Confirm the pending contact this code was sent to'
            cand list 'List an account''s recovery contacts'
            cand remove 'Remove a recovery contact (the others are told)'
        }
        &'tfa;help;account;contact;add'= {
        }
        &'tfa;help;account;contact;confirm'= {
        }
        &'tfa;help;account;contact;list'= {
        }
        &'tfa;help;account;contact;remove'= {
        }
        &'tfa;help;enroll'= {
        }
        &'tfa;help;confirm'= {
        }
        &'tfa;help;methods'= {
        }
        &'tfa;help;unenroll'= {
        }
        &'tfa;help;code'= {
        }
        &'tfa;help;send'= {
        }
        &'tfa;help;verify'= {
        }
        &'tfa;help;login'= {
        }
        &'tfa;help;import'= {
            cand google-authenticator 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes'
            cand oath-usersfile 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
            cand uris 'otpauth:// URIs, one per line'
            cand google-migration 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
        }
        &'tfa;help;import;google-authenticator'= {
        }
        &'tfa;help;import;oath-usersfile'= {
        }
        &'tfa;help;import;uris'= {
        }
        &'tfa;help;import;google-migration'= {
        }
        &'tfa;help;export'= {
        }
        &'tfa;help;backup-codes'= {
            cand generate 'Make a new set of backup codes and show it once; the previous set stops working'
            cand status 'How many backup codes remain and when the others were used (never the codes)'
            cand use 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
        }
        &'tfa;help;backup-codes;generate'= {
        }
        &'tfa;help;backup-codes;status'= {
        }
        &'tfa;help;backup-codes;use'= {
        }
        &'tfa;help;device'= {
            cand add 'Trust a device: print its token once (keep it on the device)'
            cand list 'List an account''s devices (never their tokens)'
            cand revoke 'Stop trusting a device, or every device with --all'
            cand check 'Check a device token: exit 0 if trusted, 1 if not'
        }
        &'tfa;help;device;add'= {
        }
        &'tfa;help;device;list'= {
        }
        &'tfa;help;device;revoke'= {
        }
        &'tfa;help;device;check'= {
        }
        &'tfa;help;checklist'= {
        }
        &'tfa;help;doctor'= {
        }
        &'tfa;help;resync'= {
        }
        &'tfa;help;unlock'= {
        }
        &'tfa;help;policy'= {
        }
        &'tfa;help;recovery'= {
            cand request 'Open a recovery request: prints its id; every contact is told, with a cancel code'
            cand check 'Record an identity check made on a request (who: --source)'
            cand cancel 'Cancel a request: as the operator, or with the cancel code its notice gave'
            cand list 'List recovery requests: the open ones, or every one with --all'
            cand complete 'Complete a request: every old factor off, and a one-time ticket printed once'
        }
        &'tfa;help;recovery;request'= {
        }
        &'tfa;help;recovery;check'= {
        }
        &'tfa;help;recovery;cancel'= {
        }
        &'tfa;help;recovery;list'= {
        }
        &'tfa;help;recovery;complete'= {
        }
        &'tfa;help;log'= {
        }
        &'tfa;help;support'= {
            cand show 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
            cand set 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
            cand clear 'Remove the stored support contact'
        }
        &'tfa;help;support;show'= {
        }
        &'tfa;help;support;set'= {
        }
        &'tfa;help;support;clear'= {
        }
        &'tfa;help;status'= {
            cand show 'Print the service status, if one is set'
            cand set 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
            cand clear 'Clear the service status'
        }
        &'tfa;help;status;show'= {
        }
        &'tfa;help;status;set'= {
        }
        &'tfa;help;status;clear'= {
        }
        &'tfa;help;outbox'= {
        }
        &'tfa;help;backup'= {
        }
        &'tfa;help;migrate'= {
        }
        &'tfa;help;rekey'= {
        }
        &'tfa;help;completions'= {
        }
        &'tfa;help;man'= {
        }
        &'tfa;help;help'= {
        }
    ]
    $completions[$command]
}
