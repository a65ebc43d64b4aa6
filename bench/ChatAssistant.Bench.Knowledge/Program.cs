using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Knowledge;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Recognition;

// Knowledge engine benchmark: index build time and recognizer latency on the real knowledge base.
// Usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Knowledge [-- --dev ../shared/kb/dev-questions.tsv]
// The realistic messages (knowledge-base/evaluation/realistic.tsv: long, with a story, several clauses) are timed
// apart too: they cost the most, one search per clause.
// Where to set the abstention threshold is not a speed question: `kb calibrate` in the CLI.
var root = ContentPaths.Resolve("knowledge-base");
var content = KnowledgeBaseLoader.Load(root);
var examples = ExampleSource.All(content).ToList();
Console.WriteLine($"knowledge base: {root} ({content.Entries.Count} entries, {content.Intents.Count} intents, {examples.Count} examples, {content.Problems.Count} problems)");

var builds = new List<double>();
for (var i = 0; i < 6; i++)
{
    var watch = Stopwatch.StartNew();
    using var built = KnowledgeIndex.Build(KnowledgeBaseLoader.Load(root));
    watch.Stop();
    if (i > 0)
    {
        builds.Add(watch.Elapsed.TotalMilliseconds); // the first run pays for JIT
    }
}

builds.Sort();
using var index = KnowledgeIndex.Build(content);
var questions = examples.Select(e => e.Text).ToList();
var devIndex = Array.IndexOf(args, "--dev");
var devPath = devIndex >= 0 && devIndex + 1 < args.Length ? args[devIndex + 1] : "../shared/kb/dev-questions.tsv";
var devFile = new[] { devPath, Path.Combine(root, "..", devPath) }.FirstOrDefault(File.Exists);
if (devFile is not null)
{
    questions.AddRange(Evaluator.ParseTsv(File.ReadAllLines(devFile)).Select(c => c.Question));
}

var options = new KnowledgeOptions();
var detector = new LanguageDetector();
foreach (var question in questions)
{
    RecognitionEngine.Recognize(index, options, detector, question, null, null); // warm-up
}

const int Rounds = 5;
var latencies = Time(questions);
double Percentile(double p) => At(latencies, p);
var realisticFile = Path.Combine(root, "evaluation", "realistic.tsv");
var realistic = File.Exists(realisticFile) ? Time(Evaluator.ParseTsv(File.ReadAllLines(realisticFile)).Select(c => c.Question).ToList()) : [];

var parallel = Stopwatch.StartNew();
Parallel.ForEach(Enumerable.Range(0, Rounds).SelectMany(_ => questions), q => RecognitionEngine.Recognize(index, options, detector, q, null, null));
parallel.Stop();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index build (load + analyse + index), median of 5: {builds[builds.Count / 2]:0} ms"));
foreach (var (language, classifier) in index.Classifiers)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"classifier {language}: {classifier.FeatureCount} features x {classifier.ClassCount} ids = {classifier.FeatureCount * classifier.ClassCount * 4 / 1048576.0:0.0} MB of weights"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"recognize, {latencies.Count} questions single-threaded: p50 {Percentile(0.50):0.000} ms, p99 {Percentile(0.99):0.000} ms, max {latencies[^1]:0.000} ms"));
if (realistic.Count > 0)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"recognize, {realistic.Count} realistic messages single-threaded: p50 {At(realistic, 0.50):0.000} ms, p99 {At(realistic, 0.99):0.000} ms, max {realistic[^1]:0.000} ms"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"recognize, parallel on {Environment.ProcessorCount} cores: {latencies.Count / parallel.Elapsed.TotalSeconds:0} questions/s"));

// Each question Rounds times, one at a time, sorted latencies in milliseconds.
List<double> Time(List<string> texts)
{
    var measured = new List<double>(texts.Count * Rounds);
    for (var round = 0; round < Rounds; round++)
    {
        foreach (var text in texts)
        {
            var start = Stopwatch.GetTimestamp();
            RecognitionEngine.Recognize(index, options, detector, text, "milano", null);
            measured.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    measured.Sort();
    return measured;
}

static double At(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
