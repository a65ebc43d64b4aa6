using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Understanding;

/// <summary>
/// Free text outside a prompt goes to the recognizer: an intent starts its flow, a topic gets its answer (and a
/// button for a second need of the same message), close candidates become "Did you mean…" buttons labelled with
/// their titles, and nothing found is said plainly. Never a guess.
/// </summary>
public sealed class FreeTextRouter(
    IRecognizer recognizer,
    IKnowledgeAnswers knowledge,
    DialogRunner runner,
    IOptions<BotOptions> options,
    ILogger<FreeTextRouter> logger)
{
    public Task RouteAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        var recognition = recognizer.Recognize(text, context.Tenant.Id, context.Language);
        logger.LogDebug("Recognized {Id} ({Score:0.00}) with {Alternatives} alternatives", recognition.Id, recognition.Score, recognition.Alternatives.Count);
        var candidates = recognition.IsIntent ? [] : Candidates(recognition, context);
        context.Usage.Topic = recognition.IsNone ? null : recognition.Id;
        if (recognition.IsNone && candidates.Count == 0)
        {
            context.Usage.Outcome = Core.Events.UsageOutcome.NotUnderstood;
        }

        if (candidates.Count > 1 || (recognition.IsNone && candidates.Count == 1))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [FlowValues.Alternatives] = DynamicOptions.Encode(candidates.Select(c => (c.Id, c.Title))),
            };
            return runner.BeginAsync(context, FlowIds.DidYouMean, values, cancellationToken);
        }

        if (!recognition.IsNone)
        {
            MissedAction.Reset(context.State);
        }

        var (flow, start) = CatalogRoutes.Route(recognition.Id, runner.HasFlow);
        return runner.BeginAsync(context, flow, WithOtherNeed(start, recognition), cancellationToken);
    }

    /// <summary>The answer's flow also gets the message's second need, when there is one with a title to show.</summary>
    private static IReadOnlyDictionary<string, string>? WithOtherNeed(IReadOnlyDictionary<string, string>? start, Recognition recognition)
    {
        var other = recognition.OtherNeeds.FirstOrDefault(o => HasHumanTitle(o) && !NotANeed.Contains(o.Id));
        if (start is null || recognition.IsIntent || other is null)
        {
            return start;
        }

        return new Dictionary<string, string>(start, StringComparer.Ordinal)
        {
            [FlowValues.OtherNeed] = other.Id,
            [FlowValues.OtherNeedTitle] = other.Title,
        };
    }

    /// <summary>"Hello" or "help!" beside a question are not a second thing to offer.</summary>
    private static readonly HashSet<string> NotANeed = new(StringComparer.Ordinal) { "intent:saluto", "intent:aiuto" };

    /// <summary>A button must say something a citizen understands: never an id such as "intent:prenota".</summary>
    private static bool HasHumanTitle(RecognitionCandidate candidate) =>
        !string.IsNullOrWhiteSpace(candidate.Title) && candidate.Title != candidate.Id
        && !candidate.Title.StartsWith(CatalogRoutes.IntentPrefix, StringComparison.Ordinal);

    /// <summary>The best id (when it is an answer) and the close runners-up, each once.</summary>
    private List<RecognitionCandidate> Candidates(Recognition recognition, TurnContext context)
    {
        var candidates = new List<RecognitionCandidate>();
        var title = recognition.IsNone ? null : knowledge.Find(recognition.Id, context.Tenant.Id, context.Language)?.Title;
        if (title is not null)
        {
            candidates.Add(new RecognitionCandidate(recognition.Id, title, recognition.Score));
        }

        candidates.AddRange(recognition.Alternatives.Where(a => a.Id != Recognition.None && HasHumanTitle(a) && candidates.All(c => c.Id != a.Id)));
        return candidates.Take(options.Value.MaxSuggestions).ToList();
    }
}
