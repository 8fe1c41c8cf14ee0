
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tfa' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tfa'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tfa' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store and its key (other commands do it on first write too)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Add a second factor to an account (created if missing)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Activate the pending method that this code matches')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'List an account''s methods (never their secrets)')
            [CompletionResult]::new('unenroll', 'unenroll', [CompletionResultType]::ParameterValue, 'Remove a method from an account')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'Print the code an authenticator app would show now (or at --at)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a one-time code by SMS, WhatsApp or email')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a code against the account''s active methods and backup codes')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: password, trusted device, then a code, with "try another way"')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone''s transfer')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print an authenticator app''s otpauth:// URI, or its QR code, to move it to a new phone')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'One-time recovery codes, for when the usual second factor is out of reach')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Trusted devices: a token that stands in for a code until it expires')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'The recovery checklist: what to check when a code does not arrive or does not work')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Say why a code was or would be refused, changing nothing')
            [CompletionResult]::new('resync', 'resync', [CompletionResultType]::ParameterValue, 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift an account''s lockout and reset its failure count')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or change the lockout and recovery policy shared by every process on this store')
            [CompletionResult]::new('recovery', 'recovery', [CompletionResultType]::ParameterValue, 'Account recovery, for someone who lost every factor')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Read the audit log (JSON lines with --json), or prune it')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'The support contact shown at the end of every checklist')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The service status shown at sign-in and in the checklist while set')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List the messages kept in the outbox (when no delivery command is set)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store to FILE while others use it')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Reseal every secret under a new key; the old key file is kept as KEY.old')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions on stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (tfa.1 and one per subcommand) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account and its methods')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account and everything it owns')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set or change an account''s password: --password-stdin, or a hidden prompt')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Recovery contacts: addresses told of every security change, never a way to sign in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;account;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Contact email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Contact phone number')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read a password from stdin (first line)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;passwd' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from stdin (first line)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a recovery contact and send it the code that confirms it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm the pending contact this code was sent to')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s recovery contacts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recovery contact (the others are told)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;account;contact;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The contact''s email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The contact''s phone number: +<country code> <number>, or the national form with --region')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of a phone number written without its country code (e.g. US, GB, DE)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'How a phone contact is reached')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Seconds the code stays valid (60 to 600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;contact;confirm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;contact;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;contact;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;account;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a recovery contact and send it the code that confirms it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm the pending contact this code was sent to')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s recovery contacts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recovery contact (the others are told)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;account;contact;help;add' {
            break
        }
        'tfa;account;contact;help;confirm' {
            break
        }
        'tfa;account;contact;help;list' {
            break
        }
        'tfa;account;contact;help;remove' {
            break
        }
        'tfa;account;contact;help;help' {
            break
        }
        'tfa;account;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account and its methods')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account and everything it owns')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set or change an account''s password: --password-stdin, or a hidden prompt')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Recovery contacts: addresses told of every security change, never a way to sign in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;account;help;add' {
            break
        }
        'tfa;account;help;list' {
            break
        }
        'tfa;account;help;show' {
            break
        }
        'tfa;account;help;remove' {
            break
        }
        'tfa;account;help;passwd' {
            break
        }
        'tfa;account;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a recovery contact and send it the code that confirms it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm the pending contact this code was sent to')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s recovery contacts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recovery contact (the others are told)')
            break
        }
        'tfa;account;help;contact;add' {
            break
        }
        'tfa;account;help;contact;confirm' {
            break
        }
        'tfa;account;help;contact;list' {
            break
        }
        'tfa;account;help;contact;remove' {
            break
        }
        'tfa;account;help;help' {
            break
        }
        'tfa;enroll' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for this method, e.g. the app or phone it lives on')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer shown in the authenticator app')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'HMAC algorithm')
            [CompletionResult]::new('--digits', '--digits', [CompletionResultType]::ParameterName, 'Digits per code')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'TOTP time step in seconds')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'TOTP steps accepted either side of now')
            [CompletionResult]::new('--counter', '--counter', [CompletionResultType]::ParameterName, 'HOTP starting counter')
            [CompletionResult]::new('--qr-png', '--qr-png', [CompletionResultType]::ParameterName, 'Also write the QR code as a PNG image')
            [CompletionResult]::new('--qr-svg', '--qr-svg', [CompletionResultType]::ParameterName, 'Also write the QR code as an SVG image')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number for sms or whatsapp: +<country code> <number>, or the national form with --region')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of a phone number written without its country code (two letters, e.g. US, GB, DE)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Email address for email')
            [CompletionResult]::new('--message-template', '--message-template', [CompletionResultType]::ParameterName, 'Text of the message; {code}, {account} and {minutes} are filled in')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Seconds the code stays valid (60 to 600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Import an existing base32 seed from stdin instead of making a new one')
            [CompletionResult]::new('--uri-stdin', '--uri-stdin', [CompletionResultType]::ParameterName, 'Import an authenticator from an otpauth:// URI on stdin (its seed, algorithm, digits, period or counter, and issuer)')
            [CompletionResult]::new('--no-confirm', '--no-confirm', [CompletionResultType]::ParameterName, 'Make the method active at once, without a confirming code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;confirm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;methods' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;unenroll' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;code' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Method id (a pending app too); default: the first active authenticator app')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Unix time in seconds to compute the code for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;send' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'The channel; default: the account''s first active sent-code method')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Method id, as `tfa methods` shows it (a pending one gets its confirming code)')
            [CompletionResult]::new('--message-template', '--message-template', [CompletionResultType]::ParameterName, 'Text of the message; {code}, {account} and {minutes} are filled in')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Seconds the code stays valid (60 to 600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Send a test message with no code ({"type": "test"}), to check the channel: it voids no code, is throttled as a code is, and is recorded as a delivery (needs a delivery command)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;verify' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Check only codes sent over this channel')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Check many codes from stdin, one JSON line each')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;login' {
            [CompletionResult]::new('--device-token-file', '--device-token-file', [CompletionResultType]::ParameterName, 'A file that holds this device''s token, as a browser holds a cookie: a trusted device signs in without a code. A missing file is no token; --trust-device writes the new token here (mode 0600)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code, or - to read it from stdin (the line after the password with --password-stdin). Without it, no terminal and a sent-code method, a code is sent for the next run')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'The way to sign in: totp, hotp, sms, whatsapp, email, backup_code, or a method id (as `tfa methods` shows it). Default: the preferred method')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Sign in with a recovery ticket (from `tfa recovery complete`) instead of a code: - reads it from stdin (after the password), no value asks on a terminal. The ticket sets up a new authenticator app: its URI (and a QR code on a terminal) is shown and its first code confirms it, which uses the ticket up. Without a terminal, a first run without --code shows the URI (exit 2); a second with --code confirms it')
            [CompletionResult]::new('--trust-device', '--trust-device', [CompletionResultType]::ParameterName, 'After signing in with a code, trust this device under LABEL (30 days): its token goes to --device-token-file, else to stdout')
            [CompletionResult]::new('--message-template', '--message-template', [CompletionResultType]::ParameterName, 'Text of the message; {code}, {account} and {minutes} are filled in')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Seconds the code stays valid (60 to 600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('google-authenticator', 'google-authenticator', [CompletionResultType]::ParameterValue, 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes')
            [CompletionResult]::new('oath-usersfile', 'oath-usersfile', [CompletionResultType]::ParameterValue, 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes')
            [CompletionResult]::new('uris', 'uris', [CompletionResultType]::ParameterValue, 'otpauth:// URIs, one per line')
            [CompletionResult]::new('google-migration', 'google-migration', [CompletionResultType]::ParameterValue, 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;import;google-authenticator' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account the file belongs to')
            [CompletionResult]::new('--homes', '--homes', [CompletionResultType]::ParameterName, 'Every DIR/*/.google_authenticator, each for the account its directory names')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and say what would be imported; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;import;oath-usersfile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and say what would be imported; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;import;uris' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account every URI belongs to; without it, the account its label names')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and say what would be imported; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;import;google-migration' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account every entry belongs to; without it, the account each entry names')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and say what would be imported; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;import;help' {
            [CompletionResult]::new('google-authenticator', 'google-authenticator', [CompletionResultType]::ParameterValue, 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes')
            [CompletionResult]::new('oath-usersfile', 'oath-usersfile', [CompletionResultType]::ParameterValue, 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes')
            [CompletionResult]::new('uris', 'uris', [CompletionResultType]::ParameterValue, 'otpauth:// URIs, one per line')
            [CompletionResult]::new('google-migration', 'google-migration', [CompletionResultType]::ParameterValue, 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;import;help;google-authenticator' {
            break
        }
        'tfa;import;help;oath-usersfile' {
            break
        }
        'tfa;import;help;uris' {
            break
        }
        'tfa;import;help;google-migration' {
            break
        }
        'tfa;import;help;help' {
            break
        }
        'tfa;export' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'The app to export (see `tfa methods NAME`); needed when there are several')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer shown in the authenticator app')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Print the QR code to scan instead of the URI (with --json, the URI is in the document)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;backup-codes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new set of backup codes and show it once; the previous set stops working')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many backup codes remain and when the others were used (never the codes)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;backup-codes;generate' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many codes (1-50)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the codes to FILE (mode 0600) instead of stdout; an existing file needs --yes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;backup-codes;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;backup-codes;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;backup-codes;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new set of backup codes and show it once; the previous set stops working')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many backup codes remain and when the others were used (never the codes)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;backup-codes;help;generate' {
            break
        }
        'tfa;backup-codes;help;status' {
            break
        }
        'tfa;backup-codes;help;use' {
            break
        }
        'tfa;backup-codes;help;help' {
            break
        }
        'tfa;device' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Trust a device: print its token once (keep it on the device)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s devices (never their tokens)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Stop trusting a device, or every device with --all')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a device token: exit 0 if trusted, 1 if not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;device;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the device, e.g. "work laptop"')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the device stays trusted: 2s, 90m, 12h, 30d, 2w (at most 366d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;device;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;device;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Revoke every device of the account')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;device;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Replace the token with a new one (printed) and void the presented one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;device;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Trust a device: print its token once (keep it on the device)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s devices (never their tokens)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Stop trusting a device, or every device with --all')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a device token: exit 0 if trusted, 1 if not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;device;help;add' {
            break
        }
        'tfa;device;help;list' {
            break
        }
        'tfa;device;help;revoke' {
            break
        }
        'tfa;device;help;check' {
            break
        }
        'tfa;device;help;help' {
            break
        }
        'tfa;checklist' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Who reads it: the operator (everything), or the person who cannot sign in (only what they can check, masked, and whom to ask)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every account''s action items: the fleet''s recovery readiness')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Print a Markdown block to paste into a support ticket (instead of --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;doctor' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'The method the code was asked for: a code of another one is other_method')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;resync' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Method id; default: every active authenticator app')
            [CompletionResult]::new('--reach', '--reach', [CompletionResultType]::ParameterName, 'How far from now to search a TOTP pair, at most 12h (a clock off by hours is a wrong time zone; old codes may be ones others saw)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;unlock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;policy' {
            [CompletionResult]::new('--backoff-after', '--backoff-after', [CompletionResultType]::ParameterName, 'Consecutive failures allowed before each further attempt must wait')
            [CompletionResult]::new('--base-delay', '--base-delay', [CompletionResultType]::ParameterName, 'The first wait in seconds; it doubles with each further failure')
            [CompletionResult]::new('--max-delay', '--max-delay', [CompletionResultType]::ParameterName, 'The longest wait in seconds')
            [CompletionResult]::new('--hard-lock-at', '--hard-lock-at', [CompletionResultType]::ParameterName, 'Consecutive failures that lock the account until `tfa unlock`')
            [CompletionResult]::new('--recovery-wait', '--recovery-wait', [CompletionResultType]::ParameterName, 'How long a recovery request waits before it may be completed: 30m, 24h, 3d (at most 30d)')
            [CompletionResult]::new('--recovery-checks', '--recovery-checks', [CompletionResultType]::ParameterName, 'Identity checks a recovery request needs before it may be completed (0-10)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Open a recovery request: prints its id; every contact is told, with a cancel code')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record an identity check made on a request (who: --source)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request: as the operator, or with the cancel code its notice gave')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recovery requests: the open ones, or every one with --all')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a request: every old factor off, and a one-time ticket printed once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;recovery;request' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, in a few words (kept with the request, shown by `list`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery;check' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'How the identity was checked, e.g. "called back on the number in HR records"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery;cancel' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The cancel code (xxxxx-xxxxx), or - to read it from stdin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Cancelled, completed and expired requests too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery;complete' {
            [CompletionResult]::new('--ticket-ttl', '--ticket-ttl', [CompletionResultType]::ParameterName, 'How long the ticket works: 90s, 30m, 1h (at most 24h)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;recovery;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Open a recovery request: prints its id; every contact is told, with a cancel code')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record an identity check made on a request (who: --source)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request: as the operator, or with the cancel code its notice gave')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recovery requests: the open ones, or every one with --all')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a request: every old factor off, and a one-time ticket printed once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;recovery;help;request' {
            break
        }
        'tfa;recovery;help;check' {
            break
        }
        'tfa;recovery;help;cancel' {
            break
        }
        'tfa;recovery;help;list' {
            break
        }
        'tfa;recovery;help;complete' {
            break
        }
        'tfa;recovery;help;help' {
            break
        }
        'tfa;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after WHEN: Unix seconds, YYYY-MM-DD, or a duration ago (90m, 24h, 7d)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete events before WHEN instead of listing')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;support' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the support contact (TFA_SUPPORT if set, else the stored one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the stored support contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;support;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;support;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;support;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;support;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the support contact (TFA_SUPPORT if set, else the stored one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the stored support contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;support;help;show' {
            break
        }
        'tfa;support;help;set' {
            break
        }
        'tfa;support;help;clear' {
            break
        }
        'tfa;support;help;help' {
            break
        }
        'tfa;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the service status, if one is set')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the service status, e.g. "SMS to the UK delayed; use your app"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Clear the service status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;status;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;status;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;status;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;status;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the service status, if one is set')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the service status, e.g. "SMS to the UK delayed; use your app"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Clear the service status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;status;help;show' {
            break
        }
        'tfa;status;help;set' {
            break
        }
        'tfa;status;help;clear' {
            break
        }
        'tfa;status;help;help' {
            break
        }
        'tfa;outbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;migrate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The store to copy into: a postgres:// URL or a SQLite file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;rekey' {
            [CompletionResult]::new('--new-key-file', '--new-key-file', [CompletionResultType]::ParameterName, 'Write the new key to this new file and leave the current key file untouched; then use --key-file NEW')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--forget-old', '--forget-old', [CompletionResultType]::ParameterName, 'Delete the KEY.old this store''s own rekey kept, and do nothing else (never a key other stores may use)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source')
            [CompletionResult]::new('--delivery-command', '--delivery-command', [CompletionResultType]::ParameterName, 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Seconds the delivery command may run before it is killed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (JSON lines for streams)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes or warnings on stderr (errors still go there)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question; never wait for input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tfa;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store and its key (other commands do it on first write too)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Add a second factor to an account (created if missing)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Activate the pending method that this code matches')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'List an account''s methods (never their secrets)')
            [CompletionResult]::new('unenroll', 'unenroll', [CompletionResultType]::ParameterValue, 'Remove a method from an account')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'Print the code an authenticator app would show now (or at --at)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a one-time code by SMS, WhatsApp or email')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a code against the account''s active methods and backup codes')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: password, trusted device, then a code, with "try another way"')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone''s transfer')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print an authenticator app''s otpauth:// URI, or its QR code, to move it to a new phone')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'One-time recovery codes, for when the usual second factor is out of reach')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Trusted devices: a token that stands in for a code until it expires')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'The recovery checklist: what to check when a code does not arrive or does not work')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Say why a code was or would be refused, changing nothing')
            [CompletionResult]::new('resync', 'resync', [CompletionResultType]::ParameterValue, 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift an account''s lockout and reset its failure count')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or change the lockout and recovery policy shared by every process on this store')
            [CompletionResult]::new('recovery', 'recovery', [CompletionResultType]::ParameterValue, 'Account recovery, for someone who lost every factor')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Read the audit log (JSON lines with --json), or prune it')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'The support contact shown at the end of every checklist')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The service status shown at sign-in and in the checklist while set')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List the messages kept in the outbox (when no delivery command is set)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store to FILE while others use it')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Reseal every secret under a new key; the old key file is kept as KEY.old')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions on stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (tfa.1 and one per subcommand) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tfa;help;init' {
            break
        }
        'tfa;help;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account and its methods')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account and everything it owns')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set or change an account''s password: --password-stdin, or a hidden prompt')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Recovery contacts: addresses told of every security change, never a way to sign in')
            break
        }
        'tfa;help;account;add' {
            break
        }
        'tfa;help;account;list' {
            break
        }
        'tfa;help;account;show' {
            break
        }
        'tfa;help;account;remove' {
            break
        }
        'tfa;help;account;passwd' {
            break
        }
        'tfa;help;account;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a recovery contact and send it the code that confirms it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm the pending contact this code was sent to')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s recovery contacts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recovery contact (the others are told)')
            break
        }
        'tfa;help;account;contact;add' {
            break
        }
        'tfa;help;account;contact;confirm' {
            break
        }
        'tfa;help;account;contact;list' {
            break
        }
        'tfa;help;account;contact;remove' {
            break
        }
        'tfa;help;enroll' {
            break
        }
        'tfa;help;confirm' {
            break
        }
        'tfa;help;methods' {
            break
        }
        'tfa;help;unenroll' {
            break
        }
        'tfa;help;code' {
            break
        }
        'tfa;help;send' {
            break
        }
        'tfa;help;verify' {
            break
        }
        'tfa;help;login' {
            break
        }
        'tfa;help;import' {
            [CompletionResult]::new('google-authenticator', 'google-authenticator', [CompletionResultType]::ParameterValue, 'google-authenticator-libpam''s ~/.google_authenticator: the secret, its options, its scratch codes')
            [CompletionResult]::new('oath-usersfile', 'oath-usersfile', [CompletionResultType]::ParameterValue, 'pam_oath''s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes')
            [CompletionResult]::new('uris', 'uris', [CompletionResultType]::ParameterValue, 'otpauth:// URIs, one per line')
            [CompletionResult]::new('google-migration', 'google-migration', [CompletionResultType]::ParameterValue, 'Google Authenticator''s "Transfer accounts" QR text (otpauth-migration://offline?data=...)')
            break
        }
        'tfa;help;import;google-authenticator' {
            break
        }
        'tfa;help;import;oath-usersfile' {
            break
        }
        'tfa;help;import;uris' {
            break
        }
        'tfa;help;import;google-migration' {
            break
        }
        'tfa;help;export' {
            break
        }
        'tfa;help;backup-codes' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new set of backup codes and show it once; the previous set stops working')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How many backup codes remain and when the others were used (never the codes)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong')
            break
        }
        'tfa;help;backup-codes;generate' {
            break
        }
        'tfa;help;backup-codes;status' {
            break
        }
        'tfa;help;backup-codes;use' {
            break
        }
        'tfa;help;device' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Trust a device: print its token once (keep it on the device)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s devices (never their tokens)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Stop trusting a device, or every device with --all')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a device token: exit 0 if trusted, 1 if not')
            break
        }
        'tfa;help;device;add' {
            break
        }
        'tfa;help;device;list' {
            break
        }
        'tfa;help;device;revoke' {
            break
        }
        'tfa;help;device;check' {
            break
        }
        'tfa;help;checklist' {
            break
        }
        'tfa;help;doctor' {
            break
        }
        'tfa;help;resync' {
            break
        }
        'tfa;help;unlock' {
            break
        }
        'tfa;help;policy' {
            break
        }
        'tfa;help;recovery' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Open a recovery request: prints its id; every contact is told, with a cancel code')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record an identity check made on a request (who: --source)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request: as the operator, or with the cancel code its notice gave')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recovery requests: the open ones, or every one with --all')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a request: every old factor off, and a one-time ticket printed once')
            break
        }
        'tfa;help;recovery;request' {
            break
        }
        'tfa;help;recovery;check' {
            break
        }
        'tfa;help;recovery;cancel' {
            break
        }
        'tfa;help;recovery;list' {
            break
        }
        'tfa;help;recovery;complete' {
            break
        }
        'tfa;help;log' {
            break
        }
        'tfa;help;support' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the support contact (TFA_SUPPORT if set, else the stored one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the stored support contact')
            break
        }
        'tfa;help;support;show' {
            break
        }
        'tfa;help;support;set' {
            break
        }
        'tfa;help;support;clear' {
            break
        }
        'tfa;help;status' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the service status, if one is set')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the service status, e.g. "SMS to the UK delayed; use your app"')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Clear the service status')
            break
        }
        'tfa;help;status;show' {
            break
        }
        'tfa;help;status;set' {
            break
        }
        'tfa;help;status;clear' {
            break
        }
        'tfa;help;outbox' {
            break
        }
        'tfa;help;backup' {
            break
        }
        'tfa;help;migrate' {
            break
        }
        'tfa;help;rekey' {
            break
        }
        'tfa;help;completions' {
            break
        }
        'tfa;help;man' {
            break
        }
        'tfa;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
