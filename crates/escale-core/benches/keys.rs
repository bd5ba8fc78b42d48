//! The cost of the passphrase derivation (Argon2id, 64 MiB, 3 passes, 1 lane): paid at every
//! unlock of a passphrase store, and when the passphrase changes.
//!
//! ```sh
//! cargo bench -p escale-core --bench keys
//! ```
//!
//! Target (not asserted): ≤ 1 s on an old 2-core laptop. The PIN's lighter derivation (19 MiB,
//! 2 passes) is measured beside it: it runs at each unlock of the screen lock.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use escale_core::storage::PassphraseCost;
use escale_core::storage::key::derive_for_benchmark;

fn derivations(c: &mut Criterion) {
    let mut group = c.benchmark_group("key_derivation");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("passphrase_argon2id_64mib_t3", |b| {
        b.iter(|| derive_for_benchmark(black_box("une phrase secrète de test"), PassphraseCost::STANDARD).expect("derived"))
    });
    let pin = PassphraseCost { memory_kib: 19 * 1024, iterations: 2, parallelism: 1 };
    group.bench_function("pin_argon2id_19mib_t2", |b| {
        b.iter(|| derive_for_benchmark(black_box("2468"), pin).expect("derived"))
    });
    group.finish();
}

criterion_group!(benches, derivations);
criterion_main!(benches);
