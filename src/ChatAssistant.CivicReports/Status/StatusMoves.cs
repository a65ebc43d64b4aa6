using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Proactive;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.CivicReports.Status;

/// <summary>
/// Staff move a report forward (received → sent to the office → closed) and the citizen is told on their own channel,
/// with the staff's note if any. The move is a conditional update: of two people moving it at once one wins, the other
/// gets a conflict, and the citizen is told once.
/// </summary>
public sealed class StatusMoves(ICivicReportStore store, ProactiveMessenger messenger, IBotTexts texts, TimeProvider clock)
{
    public const int MaxNoteLength = 1000;

    public async Task<StatusMoveResult> MoveAsync(string tenantId, string code, string? status, string? note, CancellationToken cancellationToken = default)
    {
        if (CivicStatusNames.Parse(status) is not { } to)
        {
            return StatusMoveResult.Fail(StatusMoveError.Invalid, $"Unknown status '{status}': use one of {string.Join(", ", CivicStatusNames.All)}.");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            return StatusMoveResult.Fail(StatusMoveError.Invalid, $"The note is longer than {MaxNoteLength} characters.");
        }

        if (await store.GetAsync(tenantId, code, cancellationToken) is not { } report)
        {
            return StatusMoveResult.Fail(StatusMoveError.NotFound, $"There is no report {code}.");
        }

        if (to <= report.Status)
        {
            return StatusMoveResult.Fail(StatusMoveError.Conflict,
                $"The report is already '{CivicStatusNames.Of(report.Status)}': a report only moves forward (received → sent-to-office → closed).");
        }

        var now = clock.GetUtcNow();
        if (!await store.TryMoveAsync(tenantId, code, report.Status, to, note, now, cancellationToken))
        {
            return StatusMoveResult.Fail(StatusMoveError.Conflict, "Someone else changed this report meanwhile: reload it and decide again.");
        }

        var moved = await store.GetAsync(tenantId, code, cancellationToken) ?? report;
        await messenger.SendAsync(Notice(moved, to, note), cancellationToken);
        return new StatusMoveResult(StatusMoveError.None, moved);
    }

    private ProactiveMessage Notice(CivicReport report, CivicReportStatus to, string? note)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["code"] = report.Code,
            ["status"] = texts.Get(CivicStatusNames.TextKey(to), report.Language),
            ["note"] = note ?? "",
        };
        var text = TextTemplate.Fill(texts.Get("civic.status_changed", report.Language), values);
        if (note is not null)
        {
            text += "\n" + TextTemplate.Fill(texts.Get("civic.status_note", report.Language), values);
        }

        // One id per report and status: a retried request never tells the citizen twice.
        return new ProactiveMessage($"civic:{report.TenantId}:{report.Code}:{CivicStatusNames.Of(to)}", report.TenantId, report.ChannelId,
            report.ConversationId, report.CitizenUserId, report.Language, text);
    }
}
