using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.Dialogs.Validation;

/// <summary>The checks of one flow against the others, the texts and the registered actions.</summary>
internal sealed class FlowCheck(
    Flow flow,
    IReadOnlyDictionary<string, Flow> flows,
    BotTexts texts,
    IReadOnlySet<string> actions,
    List<DialogProblem> problems)
{
    public void Run()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            if (!seen.Add(step.Id))
            {
                Report(step.Line, $"The step id '{step.Id}' is used twice in this flow.");
            }

            CheckStep(step);
        }

        CheckReachable();
    }

    private void CheckStep(Step step)
    {
        if (step.Kind.IsPrompt() || step.Kind == StepKind.Message)
        {
            CheckText(step.TextKey, step.Line, $"step '{step.Id}'");
        }

        CheckText(step.RetryKey, step.Line, $"the re-prompt of step '{step.Id}'", optional: true);
        foreach (var option in step.Options)
        {
            CheckText(option.LabelKey, option.Line, $"an option of step '{step.Id}'");
        }

        foreach (var button in step.Buttons)
        {
            CheckText(button, step.Line, $"a button of step '{step.Id}'");
        }

        if (step.Kind == StepKind.Choice && step.Options.Count == 0 && step.OptionsFrom is null)
        {
            Report(step.Line, $"The choice '{step.Id}' has no 'options:' (or 'options_from:').");
        }

        if (step is { Kind: StepKind.Number, Min: { } min, Max: { } max } && min > max)
        {
            Report(step.Line, $"Step '{step.Id}': 'min' ({min}) is greater than 'max' ({max}).");
        }

        if (step.Kind == StepKind.Branch && step.Cases.Count == 0 && step.Default is null)
        {
            Report(step.Line, $"The branch '{step.Id}' has no 'cases:' and no 'default:'.");
        }

        if (step.Kind == StepKind.Call && (step.CallFlow is null || !flows.ContainsKey(step.CallFlow)))
        {
            Report(step.Line, $"Step '{step.Id}' calls the flow '{step.CallFlow}', which does not exist.");
        }

        if (step.Kind == StepKind.Action && (step.ActionName is null || !actions.Contains(step.ActionName)))
        {
            var known = actions.Count == 0 ? "none registered" : string.Join(", ", actions.Order(StringComparer.Ordinal));
            Report(step.Line, $"Step '{step.Id}' runs the action '{step.ActionName}', which the bot does not have (known: {known}).");
        }

        foreach (var target in Targets(step))
        {
            CheckTarget(step, target);
        }
    }

    private void CheckText(string? key, int line, string where, bool optional = false)
    {
        if (key is null)
        {
            if (!optional)
            {
                Report(line, $"The text key of {where} is empty.");
            }

            return;
        }

        foreach (var table in texts.Tables.Values.Where(t => !t.Texts.ContainsKey(key)))
        {
            Report(line, $"The text '{key}' of {where} is missing in {Path.GetFileName(table.File)}.");
        }
    }

    private void CheckTarget(Step step, FlowTarget target)
    {
        var missing = target.Kind switch
        {
            FlowTargetKind.Step => flow.Find(target.Name) is null ? $"the step '{target.Name}', which is not in this flow" : null,
            FlowTargetKind.Flow => flows.ContainsKey(target.Name) ? null : $"the flow '{target.Name}', which does not exist",
            FlowTargetKind.End => null,
        };
        if (missing is not null)
        {
            Report(target.Line, $"Step '{step.Id}' goes to {missing}.");
        }
    }

    private void CheckReachable()
    {
        if (flow.Steps.Count == 0)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Step>();
        pending.Push(flow.Steps[0]);
        while (pending.TryPop(out var step))
        {
            if (!reached.Add(step.Id))
            {
                continue;
            }

            foreach (var next in Successors(step))
            {
                pending.Push(next);
            }
        }

        foreach (var step in flow.Steps.Where(s => !reached.Contains(s.Id)))
        {
            Report(step.Line, $"Step '{step.Id}' can never be reached: no step goes to it and the step before it never goes on.");
        }
    }

    private IEnumerable<Step> Successors(Step step)
    {
        foreach (var target in Targets(step).Where(t => t.Kind == FlowTargetKind.Step))
        {
            if (flow.Find(target.Name) is { } found)
            {
                yield return found;
            }
        }

        var fallsThrough = step.Next is null && step.Kind != StepKind.End && !(step.Kind == StepKind.Branch && step.Default is not null);
        if (fallsThrough && flow.After(step) is { } following)
        {
            yield return following;
        }
    }

    private static IEnumerable<FlowTarget> Targets(Step step) =>
        step.Cases.Values.Append(step.Default).Append(step.Next).OfType<FlowTarget>();

    private void Report(int line, string reason) => problems.Add(new DialogProblem(flow.File, line, reason));
}
