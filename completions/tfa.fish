# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tfa_global_optspecs
    string join \n db= key-file= json q/quiet color= yes source= delivery-command= delivery-timeout= h/help V/version
end

function __fish_tfa_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tfa_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tfa_using_subcommand
    set -l cmd (__fish_tfa_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tfa -n "__fish_tfa_needs_command" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_needs_command" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_needs_command" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_needs_command" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_needs_command" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_needs_command" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_needs_command" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_needs_command" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_needs_command" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "init" -d 'Create the store and its key (other commands do it on first write too)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "account" -d 'Manage accounts'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "enroll" -d 'Add a second factor to an account (created if missing)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "confirm" -d 'Activate the pending method that this code matches'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "methods" -d 'List an account\'s methods (never their secrets)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "unenroll" -d 'Remove a method from an account'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "code" -d 'Print the code an authenticator app would show now (or at --at)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "send" -d 'Send a one-time code by SMS, WhatsApp or email'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "verify" -d 'Check a code against the account\'s active methods and backup codes'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "login" -d 'Sign in: password, trusted device, then a code, with "try another way"'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "import" -d 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone\'s transfer'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "export" -d 'Print an authenticator app\'s otpauth:// URI, or its QR code, to move it to a new phone'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "backup-codes" -d 'One-time recovery codes, for when the usual second factor is out of reach'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "device" -d 'Trusted devices: a token that stands in for a code until it expires'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "checklist" -d 'The recovery checklist: what to check when a code does not arrive or does not work'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "doctor" -d 'Say why a code was or would be refused, changing nothing'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "resync" -d 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "unlock" -d 'Lift an account\'s lockout and reset its failure count'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "policy" -d 'Show or change the lockout and recovery policy shared by every process on this store'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "recovery" -d 'Account recovery, for someone who lost every factor'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "log" -d 'Read the audit log (JSON lines with --json), or prune it'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "support" -d 'The support contact shown at the end of every checklist'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "status" -d 'The service status shown at sign-in and in the checklist while set'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "outbox" -d 'List the messages kept in the outbox (when no delivery command is set)'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "backup" -d 'Write a consistent copy of the store to FILE while others use it'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "migrate" -d 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "rekey" -d 'Reseal every secret under a new key; the old key file is kept as KEY.old'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "completions" -d 'Print shell completions on stdout'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "man" -d 'Write man pages (tfa.1 and one per subcommand) into DIR'
complete -c tfa -n "__fish_tfa_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand init" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand init" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand init" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand init" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand init" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand init" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand init" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand init" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand init" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand init" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "add" -d 'Create an account'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "list" -d 'List accounts'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "show" -d 'Show one account and its methods'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "remove" -d 'Remove an account and everything it owns'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "passwd" -d 'Set or change an account\'s password: --password-stdin, or a hidden prompt'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "contact" -d 'Recovery contacts: addresses told of every security change, never a way to sign in'
complete -c tfa -n "__fish_tfa_using_subcommand account; and not __fish_seen_subcommand_from add list show remove passwd contact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l email -d 'Contact email address' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l phone -d 'Contact phone number' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read a password from stdin (first line)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the new password from stdin (first line)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a recovery contact and send it the code that confirms it'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "confirm" -d 'Confirm the pending contact this code was sent to'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List an account\'s recovery contacts'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "remove" -d 'Remove a recovery contact (the others are told)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create an account'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account and its methods'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an account and everything it owns'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set or change an account\'s password: --password-stdin, or a hidden prompt'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Recovery contacts: addresses told of every security change, never a way to sign in'
complete -c tfa -n "__fish_tfa_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l label -d 'A name for this method, e.g. the app or phone it lives on' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l issuer -d 'Issuer shown in the authenticator app' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l algorithm -d 'HMAC algorithm' -r -f -a "sha1\t''
sha256\t''
sha512\t''"
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l digits -d 'Digits per code' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l period -d 'TOTP time step in seconds' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l window -d 'TOTP steps accepted either side of now' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l counter -d 'HOTP starting counter' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l qr-png -d 'Also write the QR code as a PNG image' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l qr-svg -d 'Also write the QR code as an SVG image' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l phone -d 'Phone number for sms or whatsapp: +<country code> <number>, or the national form with --region' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l region -d 'Region of a phone number written without its country code (two letters, e.g. US, GB, DE)' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l address -d 'Email address for email' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l message-template -d 'Text of the message; {code}, {account} and {minutes} are filled in' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l ttl -d 'Seconds the code stays valid (60 to 600)' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l secret-stdin -d 'Import an existing base32 seed from stdin instead of making a new one'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l uri-stdin -d 'Import an authenticator from an otpauth:// URI on stdin (its seed, algorithm, digits, period or counter, and issuer)'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l no-confirm -d 'Make the method active at once, without a confirming code'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand enroll" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand confirm" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand methods" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand methods" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand methods" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand methods" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand unenroll" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand code" -l method -d 'Method id (a pending app too); default: the first active authenticator app' -r
complete -c tfa -n "__fish_tfa_using_subcommand code" -l at -d 'Unix time in seconds to compute the code for' -r
complete -c tfa -n "__fish_tfa_using_subcommand code" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand code" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand code" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand code" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand code" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand code" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand code" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand code" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand code" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand code" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand code" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand send" -l via -d 'The channel; default: the account\'s first active sent-code method' -r -f -a "sms\t''
whatsapp\t''
email\t''"
complete -c tfa -n "__fish_tfa_using_subcommand send" -l method -d 'Method id, as `tfa methods` shows it (a pending one gets its confirming code)' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l message-template -d 'Text of the message; {code}, {account} and {minutes} are filled in' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l ttl -d 'Seconds the code stays valid (60 to 600)' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand send" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand send" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand send" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand send" -l test -d 'Send a test message with no code ({"type": "test"}), to check the channel: it voids no code, is throttled as a code is, and is recorded as a delivery (needs a delivery command)'
complete -c tfa -n "__fish_tfa_using_subcommand send" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand send" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand send" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand send" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l via -d 'Check only codes sent over this channel' -r -f -a "sms\t''
whatsapp\t''
email\t''"
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l batch -d 'Check many codes from stdin, one JSON line each'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand verify" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand login" -l device-token-file -d 'A file that holds this device\'s token, as a browser holds a cookie: a trusted device signs in without a code. A missing file is no token; --trust-device writes the new token here (mode 0600)' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand login" -l code -d 'The code, or - to read it from stdin (the line after the password with --password-stdin). Without it, no terminal and a sent-code method, a code is sent for the next run' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l via -d 'The way to sign in: totp, hotp, sms, whatsapp, email, backup_code, or a method id (as `tfa methods` shows it). Default: the preferred method' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l ticket -d 'Sign in with a recovery ticket (from `tfa recovery complete`) instead of a code: - reads it from stdin (after the password), no value asks on a terminal. The ticket sets up a new authenticator app: its URI (and a QR code on a terminal) is shown and its first code confirms it, which uses the ticket up. Without a terminal, a first run without --code shows the URI (exit 2); a second with --code confirms it' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l trust-device -d 'After signing in with a code, trust this device under LABEL (30 days): its token goes to --device-token-file, else to stdout' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l message-template -d 'Text of the message; {code}, {account} and {minutes} are filled in' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l ttl -d 'Seconds the code stays valid (60 to 600)' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand login" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand login" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c tfa -n "__fish_tfa_using_subcommand login" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand login" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand login" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand login" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -f -a "google-authenticator" -d 'google-authenticator-libpam\'s ~/.google_authenticator: the secret, its options, its scratch codes'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -f -a "oath-usersfile" -d 'pam_oath\'s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -f -a "uris" -d 'otpauth:// URIs, one per line'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -f -a "google-migration" -d 'Google Authenticator\'s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and not __fish_seen_subcommand_from google-authenticator oath-usersfile uris google-migration help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l account -d 'The account the file belongs to' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l homes -d 'Every DIR/*/.google_authenticator, each for the account its directory names' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l dry-run -d 'Check everything and say what would be imported; write nothing'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-authenticator" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l dry-run -d 'Check everything and say what would be imported; write nothing'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from oath-usersfile" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l account -d 'The account every URI belongs to; without it, the account its label names' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l dry-run -d 'Check everything and say what would be imported; write nothing'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from uris" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l account -d 'The account every entry belongs to; without it, the account each entry names' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l dry-run -d 'Check everything and say what would be imported; write nothing'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from google-migration" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "google-authenticator" -d 'google-authenticator-libpam\'s ~/.google_authenticator: the secret, its options, its scratch codes'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "oath-usersfile" -d 'pam_oath\'s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "uris" -d 'otpauth:// URIs, one per line'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "google-migration" -d 'Google Authenticator\'s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
complete -c tfa -n "__fish_tfa_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand export" -l method -d 'The app to export (see `tfa methods NAME`); needed when there are several' -r
complete -c tfa -n "__fish_tfa_using_subcommand export" -l issuer -d 'Issuer shown in the authenticator app' -r
complete -c tfa -n "__fish_tfa_using_subcommand export" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand export" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand export" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand export" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand export" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand export" -l qr -d 'Print the QR code to scan instead of the URI (with --json, the URI is in the document)'
complete -c tfa -n "__fish_tfa_using_subcommand export" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand export" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand export" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand export" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -f -a "generate" -d 'Make a new set of backup codes and show it once; the previous set stops working'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -f -a "status" -d 'How many backup codes remain and when the others were used (never the codes)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -f -a "use" -d 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and not __fish_seen_subcommand_from generate status use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l count -d 'How many codes (1-50)' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l out -d 'Write the codes to FILE (mode 0600) instead of stdout; an existing file needs --yes' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a new set of backup codes and show it once; the previous set stops working'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from help" -f -a "status" -d 'How many backup codes remain and when the others were used (never the codes)'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from help" -f -a "use" -d 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
complete -c tfa -n "__fish_tfa_using_subcommand backup-codes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -f -a "add" -d 'Trust a device: print its token once (keep it on the device)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -f -a "list" -d 'List an account\'s devices (never their tokens)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -f -a "revoke" -d 'Stop trusting a device, or every device with --all'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -f -a "check" -d 'Check a device token: exit 0 if trusted, 1 if not'
complete -c tfa -n "__fish_tfa_using_subcommand device; and not __fish_seen_subcommand_from add list revoke check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l name -d 'A name for the device, e.g. "work laptop"' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l ttl -d 'How long the device stays trusted: 2s, 90m, 12h, 30d, 2w (at most 366d)' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l all -d 'Revoke every device of the account'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l rotate -d 'Replace the token with a new one (printed) and void the presented one'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "add" -d 'Trust a device: print its token once (keep it on the device)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an account\'s devices (never their tokens)'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Stop trusting a device, or every device with --all'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a device token: exit 0 if trusted, 1 if not'
complete -c tfa -n "__fish_tfa_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l for -d 'Who reads it: the operator (everything), or the person who cannot sign in (only what they can check, masked, and whom to ask)' -r -f -a "operator\t''
person\t''"
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l all -d 'Every account\'s action items: the fleet\'s recovery readiness'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l markdown -d 'Print a Markdown block to paste into a support ticket (instead of --json)'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand checklist" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l method -d 'The method the code was asked for: a code of another one is other_method' -r
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l method -d 'Method id; default: every active authenticator app' -r
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l reach -d 'How far from now to search a TOTP pair, at most 12h (a clock off by hours is a wrong time zone; old codes may be ones others saw)' -r
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand resync" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand resync" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand resync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand resync" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l backoff-after -d 'Consecutive failures allowed before each further attempt must wait' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l base-delay -d 'The first wait in seconds; it doubles with each further failure' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l max-delay -d 'The longest wait in seconds' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l hard-lock-at -d 'Consecutive failures that lock the account until `tfa unlock`' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l recovery-wait -d 'How long a recovery request waits before it may be completed: 30m, 24h, 3d (at most 30d)' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l recovery-checks -d 'Identity checks a recovery request needs before it may be completed (0-10)' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand policy" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand policy" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand policy" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand policy" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "request" -d 'Open a recovery request: prints its id; every contact is told, with a cancel code'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "check" -d 'Record an identity check made on a request (who: --source)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "cancel" -d 'Cancel a request: as the operator, or with the cancel code its notice gave'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "list" -d 'List recovery requests: the open ones, or every one with --all'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "complete" -d 'Complete a request: every old factor off, and a one-time ticket printed once'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and not __fish_seen_subcommand_from request check cancel list complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l reason -d 'Why, in a few words (kept with the request, shown by `list`)' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l note -d 'How the identity was checked, e.g. "called back on the number in HR records"' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l code -d 'The cancel code (xxxxx-xxxxx), or - to read it from stdin' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l all -d 'Cancelled, completed and expired requests too'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l ticket-ttl -d 'How long the ticket works: 90s, 30m, 1h (at most 24h)' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "request" -d 'Open a recovery request: prints its id; every contact is told, with a cancel code'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "check" -d 'Record an identity check made on a request (who: --source)'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a request: as the operator, or with the cancel code its notice gave'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recovery requests: the open ones, or every one with --all'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Complete a request: every old factor off, and a one-time ticket printed once'
complete -c tfa -n "__fish_tfa_using_subcommand recovery; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand log" -l since -d 'Only events at or after WHEN: Unix seconds, YYYY-MM-DD, or a duration ago (90m, 24h, 7d)' -r
complete -c tfa -n "__fish_tfa_using_subcommand log" -l prune -d 'Delete events before WHEN instead of listing' -r
complete -c tfa -n "__fish_tfa_using_subcommand log" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand log" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand log" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand log" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand log" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand log" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand log" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand log" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand log" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand log" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand log" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -f -a "show" -d 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -f -a "set" -d 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -f -a "clear" -d 'Remove the stored support contact'
complete -c tfa -n "__fish_tfa_using_subcommand support; and not __fish_seen_subcommand_from show set clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove the stored support contact'
complete -c tfa -n "__fish_tfa_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -f -a "show" -d 'Print the service status, if one is set'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -f -a "set" -d 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -f -a "clear" -d 'Clear the service status'
complete -c tfa -n "__fish_tfa_using_subcommand status; and not __fish_seen_subcommand_from show set clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the service status, if one is set'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Clear the service status'
complete -c tfa -n "__fish_tfa_using_subcommand status; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand outbox" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand backup" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand backup" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand backup" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand backup" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l to -d 'The store to copy into: a postgres:// URL or a SQLite file' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand migrate" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l new-key-file -d 'Write the new key to this new file and leave the current key file untouched; then use --key-file NEW' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l forget-old -d 'Delete the KEY.old this store\'s own rekey kept, and do nothing else (never a key other stores may use)'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tfa -n "__fish_tfa_using_subcommand rekey" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand completions" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand completions" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand completions" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand completions" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand man" -l db -d 'The store: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DB) that several hosts share. Default: $XDG_DATA_HOME/tfa/tfa.db' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand man" -l key-file -d 'The key file that seals secrets at rest. Default: $XDG_CONFIG_HOME/tfa/key' -r -F
complete -c tfa -n "__fish_tfa_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tfa -n "__fish_tfa_using_subcommand man" -l source -d 'Where the request came from (an IP, a host): recorded in the audit log; the backoff after failures counts per account and source' -r
complete -c tfa -n "__fish_tfa_using_subcommand man" -l delivery-command -d 'Command that delivers messages (sent codes and security notices) given as JSON on stdin; split into words, run without a shell. Unset: codes stay in the outbox, and notices are not sent' -r
complete -c tfa -n "__fish_tfa_using_subcommand man" -l delivery-timeout -d 'Seconds the delivery command may run before it is killed' -r
complete -c tfa -n "__fish_tfa_using_subcommand man" -l json -d 'Print one JSON document on stdout (JSON lines for streams)'
complete -c tfa -n "__fish_tfa_using_subcommand man" -s q -l quiet -d 'Print no notes or warnings on stderr (errors still go there)'
complete -c tfa -n "__fish_tfa_using_subcommand man" -l yes -d 'Answer yes to every question; never wait for input'
complete -c tfa -n "__fish_tfa_using_subcommand man" -s h -l help -d 'Print help'
complete -c tfa -n "__fish_tfa_using_subcommand man" -s V -l version -d 'Print version'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "init" -d 'Create the store and its key (other commands do it on first write too)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "account" -d 'Manage accounts'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "enroll" -d 'Add a second factor to an account (created if missing)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "confirm" -d 'Activate the pending method that this code matches'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "methods" -d 'List an account\'s methods (never their secrets)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "unenroll" -d 'Remove a method from an account'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "code" -d 'Print the code an authenticator app would show now (or at --at)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "send" -d 'Send a one-time code by SMS, WhatsApp or email'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "verify" -d 'Check a code against the account\'s active methods and backup codes'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "login" -d 'Sign in: password, trusted device, then a code, with "try another way"'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "import" -d 'Move authenticators in from google-authenticator, pam_oath, otpauth URIs or a phone\'s transfer'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "export" -d 'Print an authenticator app\'s otpauth:// URI, or its QR code, to move it to a new phone'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "backup-codes" -d 'One-time recovery codes, for when the usual second factor is out of reach'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "device" -d 'Trusted devices: a token that stands in for a code until it expires'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "checklist" -d 'The recovery checklist: what to check when a code does not arrive or does not work'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "doctor" -d 'Say why a code was or would be refused, changing nothing'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "resync" -d 'Resynchronise an authenticator app from two codes in a row (RFC 6238 §6)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "unlock" -d 'Lift an account\'s lockout and reset its failure count'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "policy" -d 'Show or change the lockout and recovery policy shared by every process on this store'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "recovery" -d 'Account recovery, for someone who lost every factor'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "log" -d 'Read the audit log (JSON lines with --json), or prune it'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "support" -d 'The support contact shown at the end of every checklist'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "status" -d 'The service status shown at sign-in and in the checklist while set'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "outbox" -d 'List the messages kept in the outbox (when no delivery command is set)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "backup" -d 'Write a consistent copy of the store to FILE while others use it'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "migrate" -d 'Copy the whole store into an empty one: SQLite to PostgreSQL, or back'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "rekey" -d 'Reseal every secret under a new key; the old key file is kept as KEY.old'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "completions" -d 'Print shell completions on stdout'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "man" -d 'Write man pages (tfa.1 and one per subcommand) into DIR'
complete -c tfa -n "__fish_tfa_using_subcommand help; and not __fish_seen_subcommand_from init account enroll confirm methods unenroll code send verify login import export backup-codes device checklist doctor resync unlock policy recovery log support status outbox backup migrate rekey completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Create an account'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account and its methods'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "remove" -d 'Remove an account and everything it owns'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "passwd" -d 'Set or change an account\'s password: --password-stdin, or a hidden prompt'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "contact" -d 'Recovery contacts: addresses told of every security change, never a way to sign in'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "google-authenticator" -d 'google-authenticator-libpam\'s ~/.google_authenticator: the secret, its options, its scratch codes'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "oath-usersfile" -d 'pam_oath\'s users file (users.oath): HOTP and HOTP/T30 tokens, counters and last codes'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "uris" -d 'otpauth:// URIs, one per line'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "google-migration" -d 'Google Authenticator\'s "Transfer accounts" QR text (otpauth-migration://offline?data=...)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from backup-codes" -f -a "generate" -d 'Make a new set of backup codes and show it once; the previous set stops working'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from backup-codes" -f -a "status" -d 'How many backup codes remain and when the others were used (never the codes)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from backup-codes" -f -a "use" -d 'Use up one backup code: exit 0 if it was unused, 1 if used or wrong'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "add" -d 'Trust a device: print its token once (keep it on the device)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List an account\'s devices (never their tokens)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "revoke" -d 'Stop trusting a device, or every device with --all'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "check" -d 'Check a device token: exit 0 if trusted, 1 if not'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from recovery" -f -a "request" -d 'Open a recovery request: prints its id; every contact is told, with a cancel code'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from recovery" -f -a "check" -d 'Record an identity check made on a request (who: --source)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from recovery" -f -a "cancel" -d 'Cancel a request: as the operator, or with the cancel code its notice gave'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from recovery" -f -a "list" -d 'List recovery requests: the open ones, or every one with --all'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from recovery" -f -a "complete" -d 'Complete a request: every old factor off, and a one-time ticket printed once'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "show" -d 'Print the support contact (TFA_SUPPORT if set, else the stored one)'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "set" -d 'Store the support contact, e.g. "IT desk, +1 555 0100, help@example.com"'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "clear" -d 'Remove the stored support contact'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from status" -f -a "show" -d 'Print the service status, if one is set'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from status" -f -a "set" -d 'Set the service status, e.g. "SMS to the UK delayed; use your app"'
complete -c tfa -n "__fish_tfa_using_subcommand help; and __fish_seen_subcommand_from status" -f -a "clear" -d 'Clear the service status'
