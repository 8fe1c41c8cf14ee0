//! Limits on guessing: backoff after a run of failures, then a hard lock.
//! NIST 800-63B §5.2.2 and OWASP ASVS 2.2.1.

use serde::Serialize;

/// The lockout rules. Stored in the store's config so every process agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Consecutive failures allowed before each further attempt must wait.
    pub backoff_after: u32,
    /// The first wait, in seconds; it doubles with each further failure.
    pub base_delay: u64,
    /// The longest wait, in seconds.
    pub max_delay: u64,
    /// Consecutive failures that lock the account until `tfa unlock`.
    pub hard_lock_at: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { backoff_after: 5, base_delay: 30, max_delay: 3600, hard_lock_at: 100 }
    }
}

/// An account's run of failures, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    /// Consecutive failures since the last success or unlock.
    pub count: u32,
    /// When the last of them happened.
    pub last_at: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Lockout {
    /// Attempts are allowed.
    Open,
    /// Too many failures: no attempt is checked before `until`.
    Waiting { until: u64 },
    /// Locked until an operator runs `tfa unlock`.
    Locked,
}

impl Lockout {
    /// Seconds until an attempt may be made (`None` for a hard lock).
    pub fn retry_after(self, now: u64) -> Option<u64> {
        match self {
            Lockout::Open => Some(0),
            Lockout::Waiting { until } => Some(until.saturating_sub(now)),
            Lockout::Locked => None,
        }
    }
}

impl Policy {
    /// The wait that follows the `count`-th consecutive failure.
    pub fn delay_after(&self, count: u32) -> u64 {
        if count < self.backoff_after.max(1) {
            return 0;
        }
        let doublings = (count - self.backoff_after.max(1)).min(63);
        self.base_delay.saturating_mul(1u64 << doublings.min(40)).min(self.max_delay)
    }

    /// Whether an attempt may be checked now, by the account's run alone
    /// (a request whose source is not known).
    pub fn state(&self, failures: Failures, now: u64) -> Lockout {
        self.state_of(Runs::of_account(failures), now)
    }

    /// Whether an attempt may be checked now: the hard lock by the account's
    /// run, the backoff by the source's.
    pub fn state_of(&self, runs: Runs, now: u64) -> Lockout {
        if runs.account.count >= self.hard_lock_at {
            return Lockout::Locked;
        }
        let run = runs.source;
        let until = run.last_at.unwrap_or(0).saturating_add(self.delay_after(run.count));
        if run.count >= self.backoff_after && now < until {
            Lockout::Waiting { until }
        } else {
            Lockout::Open
        }
    }

    /// What the next failures lead to, after these runs.
    pub fn ahead(&self, runs: Runs) -> Ahead {
        let to_wait = self.backoff_after.saturating_sub(runs.source.count);
        let to_lock = self.hard_lock_at.saturating_sub(runs.account.count);
        if to_lock <= to_wait {
            Ahead { tries_left: to_lock, then: Lockout::Locked }
        } else {
            Ahead { tries_left: to_wait, then: Lockout::Waiting { until: 0 } }
        }
    }
}

/// The runs an attempt is judged by: the account's (every failure since the
/// last success or unlock; the hard lock) and its source's (the backoff).
/// Without a source they are the same run, as before sources were counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Runs {
    pub account: Failures,
    pub source: Failures,
}

impl Runs {
    pub fn of_account(failures: Failures) -> Runs {
        Runs { account: failures, source: failures }
    }
}

/// How many failures may follow before a wait (or the hard lock, when it
/// comes first); `then` says which (a wait's `until` is not known yet: 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ahead {
    pub tries_left: u32,
    pub then: Lockout,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const P: Policy = Policy { backoff_after: 5, base_delay: 30, max_delay: 3600, hard_lock_at: 100 };

    #[test]
    fn backoff_doubles_to_an_hour_then_locks() {
        assert_eq!((0..5).map(|c| P.delay_after(c)).collect::<Vec<_>>(), [0, 0, 0, 0, 0]);
        assert_eq!(P.delay_after(5), 30);
        assert_eq!(P.delay_after(6), 60);
        assert_eq!(P.delay_after(7), 120);
        assert_eq!(P.delay_after(12), 3600);
        assert_eq!(P.delay_after(99), 3600);
        let f = |count, last_at| Failures { count, last_at: Some(last_at) };
        assert_eq!(P.state(f(4, 1000), 1000), Lockout::Open);
        assert_eq!(P.state(f(5, 1000), 1010), Lockout::Waiting { until: 1030 });
        assert_eq!(P.state(f(5, 1000), 1030), Lockout::Open);
        assert_eq!(P.state(f(100, 1000), 999_999), Lockout::Locked);
        assert_eq!(Lockout::Waiting { until: 1030 }.retry_after(1010), Some(20));
        assert_eq!(Lockout::Locked.retry_after(0), None);
    }

    #[test]
    fn backoff_is_the_sources_and_the_hard_lock_the_accounts() {
        let f = |count, last_at| Failures { count, last_at: Some(last_at) };
        // Another source's five failures: this one is not made to wait.
        let runs = Runs { account: f(5, 1000), source: Failures::default() };
        assert_eq!(P.state_of(runs, 1010), Lockout::Open);
        assert_eq!(P.state_of(Runs::of_account(f(5, 1000)), 1010), Lockout::Waiting { until: 1030 });
        // The hard lock counts every source.
        assert_eq!(P.state_of(Runs { account: f(100, 1000), source: f(1, 1000) }, 999_999), Lockout::Locked);
        let ahead = |account, source| P.ahead(Runs { account: f(account, 0), source: f(source, 0) });
        assert_eq!(ahead(0, 0), Ahead { tries_left: 5, then: Lockout::Waiting { until: 0 } });
        assert_eq!(ahead(3, 3).tries_left, 2);
        assert_eq!(ahead(7, 7).tries_left, 0);
        assert_eq!(ahead(98, 1), Ahead { tries_left: 2, then: Lockout::Locked });
    }

    proptest! {
        /// However the attempts are spaced, the 101st consecutive failure is
        /// never even checked: the account is locked at 100.
        #[test]
        fn attempt_101_never_gets_through(gaps in proptest::collection::vec(0u64..10_000, 1..300)) {
            let mut failures = Failures::default();
            let mut now = 1_000_000u64;
            let mut checked = 0u32;
            for gap in gaps {
                now += gap;
                if P.state(failures, now) == Lockout::Open {
                    checked += 1;
                    failures = Failures { count: failures.count + 1, last_at: Some(now) };
                }
            }
            prop_assert!(checked <= P.hard_lock_at);
            if failures.count >= P.hard_lock_at {
                prop_assert_eq!(P.state(failures, u64::MAX), Lockout::Locked);
            }
        }

        /// However the failures are spread over sources (a source is an
        /// index; the owner's may be among them), at most 100 are checked
        /// before the hard lock, which holds whatever the source.
        #[test]
        fn sources_never_raise_the_hard_lock(
            tries in proptest::collection::vec((0usize..8, 0u64..10_000), 1..400),
        ) {
            let mut account = Failures::default();
            let mut sources = [Failures::default(); 8];
            let mut now = 1_000_000u64;
            let mut checked = 0u32;
            for (source, gap) in tries {
                now += gap;
                if P.state_of(Runs { account, source: sources[source] }, now) == Lockout::Open {
                    checked += 1;
                    account = Failures { count: account.count + 1, last_at: Some(now) };
                    sources[source] = Failures { count: sources[source].count + 1, last_at: Some(now) };
                }
            }
            prop_assert!(checked <= P.hard_lock_at);
            if account.count >= P.hard_lock_at {
                for source in sources {
                    prop_assert_eq!(P.state_of(Runs { account, source }, u64::MAX), Lockout::Locked);
                }
            }
        }

        /// Waits never shrink as failures grow, and never exceed the maximum.
        #[test]
        fn delays_grow_and_are_capped(count in 0u32..1000) {
            prop_assert!(P.delay_after(count) <= P.delay_after(count + 1));
            prop_assert!(P.delay_after(count) <= P.max_delay);
        }
    }
}
