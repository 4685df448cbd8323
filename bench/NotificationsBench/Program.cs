using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using static Pelhrimov.NotificationsBench.Stats;

namespace Pelhrimov.NotificationsBench;

// Notifications and workflows (issue 15), the site in this process on SQLite or PostgreSQL, e-mail to a real SMTP server
// on loopback (SmtpSink). Phases:
// 1. mail: `mails` e-mails queued in the outbox in one transaction; e-mails per second until the last one is received;
// 2. engine: `sequential` filing status changes one at a time (each waits for its e-mail): the engine's overhead per event;
// 2b. paired: the same one at a time, alternating between the workflow and the same effect without the engine
//    (DirectNotifications): the engine's overhead as the difference;
// 3. burst: `events` status changes as fast as 4 concurrent writers make them, through the default workflow "filing
//    status changed → e-mail and inbox" of App_Data.sample: each e-mail's time from its event's commit to its receipt.
// Usage: NotificationsBench <Sqlite|Postgres> [events=5000] [mails=2000] [sequential=300]
// BENCH_ALLOC=1 adds what the one-at-a-time phase allocates, by type (AllocationSampler).
// BENCH_BREAKDOWN=1 adds where the engine's time goes per event: each statement kind, the commit and the rest (EngineTimings).
// BENCH_GAP_MS=N waits N ms after each e-mail of the one-at-a-time phase, so that the next event does not meet the outbox
// still finishing the previous one's delivery.
// PostgreSQL: BENCH_PG (default Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres).
public static class BenchMain
{
    public static async Task Main(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : "Sqlite";
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        var mails = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var sequential = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
        const int Warmup = 50;
        var gap = int.Parse(Environment.GetEnvironmentVariable("BENCH_GAP_MS") ?? "0", CultureInfo.InvariantCulture);
        var postgres = Environment.GetEnvironmentVariable("BENCH_PG") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

        await using var smtp = new SmtpSink();
        await smtp.StartAsync();
        using var timings = new EngineTimings();
        await using var site = new BenchSite(provider, postgres, smtp, timings.Register);
        var watch = Stopwatch.StartNew();
        await site.StartAsync();
        var services = site.Services;
        await SiteData.WaitIdleAsync(services, TimeSpan.FromMinutes(5));
        Line(F($"setup database={provider} started_s={watch.Elapsed.TotalSeconds:F1}"));
        watch.Restart();
        var filings = await SiteData.CreateAsync(services, 2 * Warmup + 3 * sequential + events, filingsPerCitizen: 5);
        await SiteData.WaitIdleAsync(services, TimeSpan.FromMinutes(10));
        Line(F($"setup filings={filings.Count} citizens={(filings.Count + 4) / 5} seconds={watch.Elapsed.TotalSeconds:F1} smtp_received_so_far={smtp.Count}"));

        // 1. Outbox throughput.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var before = smtp.Count;
        await using (var scope = services.CreateAsyncScope())
        {
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
            await SharedTransaction.RunAsync(core, [], async () =>
            {
                for (var i = 0; i < mails; i++)
                {
                    await queue.EnqueueAsync(new OutgoingMessage($"adresat{i % 500:D3}@bench.example", $"Zkušební zpráva č. {i}: Úřad městského úřadu",
                        "Dobrý den,\n\nvaše podání jsme přijali a předali odboru dopravy. Ozveme se do 30 dnů.\n\nMěstský úřad Pelhřimov\n",
                        "<p>Dobrý den,</p><p>vaše podání jsme přijali a předali odboru dopravy. Ozveme se do 30 dnů.</p><p>Městský úřad Pelhřimov</p>",
                        "Jana Nováková", "bench"));
                }
            });
        }
        var committed = Stopwatch.GetTimestamp();
        if (!await smtp.WaitForCountAsync(before + mails, TimeSpan.FromMinutes(10)))
        {
            throw new TimeoutException($"Only {smtp.Count - before} of {mails} e-mails arrived.");
        }
        var received = smtp.Received.Skip(before).Select(r => r.At).ToList();
        var seconds = Ms(committed, received.Max()) / 1000;
        Line(F($"mail e-mails={mails} seconds={seconds:F2} per_second={mails / seconds:F1} first_ms={Ms(committed, received.Min()):F0} cpu_s={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1}"));

        // 2. Engine overhead, one event at a time (after a warm-up).
        var byReference = filings.ToDictionary(f => f.Reference);
        async Task<List<(BenchFiling Filing, long Committed)>> OneAtATimeAsync(IEnumerable<BenchFiling> batch)
        {
            var done = new List<(BenchFiling, long)>();
            foreach (var filing in batch)
            {
                var expected = smtp.Count + 1;
                await SiteData.ChangeStatusAsync(services, filing);
                done.Add((filing, Stopwatch.GetTimestamp()));
                if (!await smtp.WaitForCountAsync(expected, TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException($"No e-mail for {filing.Reference}.");
                }
                if (gap > 0)
                {
                    await Task.Delay(gap);
                }
            }
            return done;
        }
        await OneAtATimeAsync(filings.Take(Warmup));
        timings.Clear();
        before = smtp.Count;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var (allocated, paused, gcs, gcs1, gcs2) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        using var sampler = AllocationSampler.Enabled ? new AllocationSampler() : null;
        sampler?.Start();
        var seq = await OneAtATimeAsync(filings.Skip(Warmup).Take(sequential));
        foreach (var line in sampler?.Stop(sequential) ?? [])
        {
            Line(line);
        }
        var seqCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / sequential;
        Line(F($"sequential process_per_event allocated_kb={(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / sequential:F0} gc_pause_ms={(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / sequential:F3} gcs={GC.CollectionCount(0) - gcs} server_gc={System.Runtime.GCSettings.IsServerGC} heap_mb={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} last_promoted_kb={GC.GetGCMemoryInfo(GCKind.Ephemeral).PromotedBytes / 1024.0:F0} last_pause_ms={GC.GetGCMemoryInfo(GCKind.Ephemeral).PauseDurations[0].TotalMilliseconds:F2} gen1_gcs={GC.CollectionCount(1) - gcs1} gen2_gcs={GC.CollectionCount(2) - gcs2} jit_compiled_methods={System.Runtime.JitInfo.GetCompiledMethodCount() - jitted}"));
        var engine = timings.Snapshot();
        Line("engine delivered_to_first_step_durable " + Describe(engine.Select(e => Ms(e.Delivered, e.FirstStep))));
        Line("engine delivered_to_instances_committed " + Describe(engine.Select(e => Ms(e.Delivered, e.Started))));
        Line("engine actions " + Describe(timings.Actions(engine)));
        Line("engine overhead_without_actions " + Describe(timings.WithoutActions(engine)));
        foreach (var line in timings.Breakdown())
        {
            Line(line);
        }
        Line("sequential commit_to_smtp " + Describe(Latencies(seq, smtp.Received.Skip(before))) + F($" cpu_ms_per_event={seqCpu:F1}"));

        // 2b. The engine against the same effect without it (DirectNotifications, run on the same delivery in the engine's
        // place), one event at a time: the direct code warmed up, then blocks that alternate between the two, so that the
        // machine's drift meets both alike. The engine's overhead is the difference of the two spans' percentiles (both
        // end at the commit of the same effect).
        var paired = filings.Skip(Warmup + sequential).Take(Warmup + 2 * sequential).ToList();
        timings.WithoutEngine = true;
        await OneAtATimeAsync(paired.Take(Warmup));
        timings.Clear();
        var block = Math.Max(10, sequential / 5);
        foreach (var (chunk, index) in paired.Skip(Warmup).Chunk(block).Select((c, i) => (c, i)))
        {
            timings.WithoutEngine = index % 2 == 1;
            await OneAtATimeAsync(chunk);
        }
        timings.WithoutEngine = false;
        var withEngine = timings.Snapshot().Select(e => Ms(e.Delivered, e.FirstStep)).Order().ToList();
        var direct = timings.DirectSpans().Order().ToList();
        Line("paired engine delivered_to_first_step_durable " + Describe(withEngine));
        Line("paired direct delivered_to_committed " + Describe(direct));
        Line(F($"paired engine_overhead p50_ms={Percentile(withEngine, 50) - Percentile(direct, 50):F2} p95_ms={Percentile(withEngine, 95) - Percentile(direct, 95):F2} p99_ms={Percentile(withEngine, 99) - Percentile(direct, 99):F2}"));

        // 3. Burst.
        timings.Clear();
        before = smtp.Count;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var burst = new System.Collections.Concurrent.ConcurrentBag<(BenchFiling, long)>();
        var burstWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(filings.Skip(2 * Warmup + 3 * sequential), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (filing, _) =>
        {
            await SiteData.ChangeStatusAsync(services, filing);
            burst.Add((filing, Stopwatch.GetTimestamp()));
        });
        var produced = burstWatch.Elapsed.TotalSeconds;
        var arrived = await smtp.WaitForCountAsync(before + events, TimeSpan.FromMinutes(15));
        var drained = burstWatch.Elapsed.TotalSeconds;
        var latencies = Latencies([.. burst], smtp.Received.Skip(before)).Order().ToList();
        var within = latencies.Count(l => l <= 10_000);
        Line(F($"burst events={events} produced_s={produced:F1} ({events / produced:F0}/s) all_received={arrived} last_received_s={drained:F1} ({latencies.Count / drained:F0} e-mails/s) cpu_s={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1}"));
        Line("burst commit_to_smtp " + Describe(latencies) + F($" within_10s={within} share_within_10s_pct={100.0 * within / events:F2}"));
        var burstEngine = timings.Snapshot();
        Line("burst engine delivered_to_first_step_durable " + Describe(burstEngine.Select(e => Ms(e.Delivered, e.FirstStep))));
        Line("burst engine overhead_without_actions " + Describe(timings.WithoutActions(burstEngine)));

        List<double> Latencies(IEnumerable<(BenchFiling Filing, long Committed)> changes, IEnumerable<Receipt> receipts)
        {
            var sent = changes.ToDictionary(c => c.Filing.Reference, c => c.Committed);
            var result = new List<double>();
            foreach (var receipt in receipts)
            {
                var reference = receipt.Subject.Split([' ', ':'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(byReference.ContainsKey);
                if (reference is not null && sent.TryGetValue(reference, out var at))
                {
                    result.Add(Ms(at, receipt.At));
                }
            }
            return result;
        }
    }
}
