namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// A linear text classifier (multinomial logistic regression) trained when the index is built, on the same examples,
/// none included. BM25 scores how much of the message one example covers, so a long message scores low; the
/// classifier weighs every known word of the message at once, by what it learned each word says about each id, and
/// is not lowered by length. Trained in a few hundred milliseconds, deterministic (fixed order, no randomness).
/// </summary>
internal sealed class TextClassifier
{
    // Plain SGD, the rate falling as 1/(1 + epoch): 8 passes are as good as 15 on `kb calibrate` and half the build.
    private const int Epochs = 8;
    private const double LearningRate = 1.0;

    private readonly Dictionary<string, int> _features;
    private readonly string[] _classes;
    private readonly float[] _weights;
    private readonly float[] _bias;

    private TextClassifier(Dictionary<string, int> features, string[] classes, float[] weights, float[] bias)
    {
        _features = features;
        _classes = classes;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Distinct features seen in training; the model holds one weight per feature and id.</summary>
    public int FeatureCount => _features.Count;

    public int ClassCount => _classes.Length;

    public static TextClassifier Train(IReadOnlyList<(string Id, HashSet<string> Features)> examples)
    {
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = examples.Select(e => e.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var encoded = new List<(int Class, int[] Features)>(examples.Count);
        foreach (var (id, set) in examples)
        {
            var indices = set.Order(StringComparer.Ordinal).Select(f => features.TryGetValue(f, out var i) ? i : features[f] = features.Count).ToArray();
            encoded.Add((classIndex[id], indices));
        }

        var count = classes.Length;
        var weights = new float[features.Count * count];
        var bias = new float[count];
        var probabilities = new double[count];
        var steps = new float[count];
        // Interleave the examples of different ids, always in the same order, so training is reproducible.
        var order = encoded.Select((e, i) => (e, i)).OrderBy(p => (p.i * 7919) % encoded.Count).Select(p => p.e).ToList();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = LearningRate / (1 + epoch);
            foreach (var (target, indices) in order)
            {
                var value = indices.Length == 0 ? 0 : 1 / Math.Sqrt(indices.Length);
                Scores(weights, bias, count, indices, value, probabilities);
                Softmax(probabilities);
                for (var c = 0; c < count; c++)
                {
                    var gradient = probabilities[c] - (c == target ? 1 : 0);
                    bias[c] -= (float)(rate * gradient);
                    steps[c] = (float)(rate * gradient * value);
                }

                foreach (var f in indices)
                {
                    var row = weights.AsSpan(f * count, count);
                    for (var c = 0; c < count; c++)
                    {
                        row[c] -= steps[c];
                    }
                }
            }
        }

        return new TextClassifier(features, classes, weights, bias);
    }

    /// <summary>The probability of each id; features never seen in training are ignored.</summary>
    public Dictionary<string, double> Predict(HashSet<string> features)
    {
        var indices = new List<int>(features.Count);
        foreach (var feature in features)
        {
            if (_features.TryGetValue(feature, out var index))
            {
                indices.Add(index);
            }
        }

        var probabilities = new double[_classes.Length];
        var value = indices.Count == 0 ? 0 : 1 / Math.Sqrt(indices.Count);
        Scores(_weights, _bias, _classes.Length, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices), value, probabilities);
        Softmax(probabilities);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < _classes.Length; c++)
        {
            result[_classes[c]] = probabilities[c];
        }

        return result;
    }

    private static void Scores(float[] weights, float[] bias, int count, ReadOnlySpan<int> indices, double value, double[] scores)
    {
        for (var c = 0; c < count; c++)
        {
            scores[c] = bias[c];
        }

        foreach (var f in indices)
        {
            var row = f * count;
            for (var c = 0; c < count; c++)
            {
                scores[c] += weights[row + c] * value;
            }
        }
    }

    private static void Softmax(double[] scores)
    {
        var max = scores.Max();
        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}
