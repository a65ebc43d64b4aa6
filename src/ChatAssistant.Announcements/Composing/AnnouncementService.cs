using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Outbox;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements.Composing;

/// <summary>
/// What the console page and the API both call: compose (now, at a time, or for approval), edit or cancel before it
/// goes, approve, and retract after it went (Telegram's deleteMessage for each copy it still allows). Status changes
/// are conditional, so a cancel racing the scheduled job ends one way only.
/// </summary>
public sealed class AnnouncementService(
    IAnnouncementStore store,
    AnnouncementValidator validator,
    IAnnouncementScheduler scheduler,
    IAnnouncementSignals signals,
    TimeProvider clock,
    IOptions<AnnouncementOptions> options,
    IChannelMessageDeleter? deleter = null)
{
    private static readonly AnnouncementStatus[] NotYetSent = [AnnouncementStatus.PendingApproval, AnnouncementStatus.Scheduled];

    public async Task<ComposeOutcome> CreateAsync(Publisher publisher, AnnouncementDraft draft, CancellationToken cancellationToken = default)
    {
        if (Refused(publisher, draft, out var imageType) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var sendAt = draft.SendAt is { } at && at > now ? at : now;
        var announcement = new Announcement
        {
            Id = Announcement.NewId(),
            TenantId = publisher.TenantId,
            NeighbourhoodIds = draft.Neighbourhoods.Distinct().ToList(),
            Title = draft.Title!.Trim(),
            Text = draft.Text!.Trim(),
            Link = string.IsNullOrWhiteSpace(draft.Link) ? null : draft.Link.Trim(),
            Image = draft.Image is { Length: > 0 } ? draft.Image : null,
            ImageType = imageType,
            Status = publisher.IsCommittee && options.Value.NeedsApproval(publisher.TenantId) ? AnnouncementStatus.PendingApproval
                : sendAt > now ? AnnouncementStatus.Scheduled : AnnouncementStatus.Sending,
            SendAt = sendAt,
            CreatedBy = publisher.Id,
            CreatedAt = now,
        };
        await store.AddAsync(announcement, cancellationToken);
        await AfterChangeAsync(announcement, cancellationToken);
        return ComposeOutcome.Done(announcement);
    }

    public async Task<ComposeOutcome> EditAsync(Publisher publisher, string id, AnnouncementDraft draft, CancellationToken cancellationToken = default)
    {
        if (await VisibleAsync(publisher, id, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (Refused(publisher, draft, out var imageType) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var updated = await store.TryUpdateAsync(publisher.TenantId, id, NotYetSent, a => a with
        {
            NeighbourhoodIds = draft.Neighbourhoods.Distinct().ToList(),
            Title = draft.Title!.Trim(),
            Text = draft.Text!.Trim(),
            Link = string.IsNullOrWhiteSpace(draft.Link) ? null : draft.Link.Trim(),
            Image = draft.Image is { Length: > 0 } ? draft.Image : a.Image,
            ImageType = draft.Image is { Length: > 0 } ? imageType : a.ImageType,
            SendAt = draft.SendAt is { } at && at > now ? at : now,
            Status = a.Status == AnnouncementStatus.PendingApproval ? a.Status : draft.SendAt is { } later && later > now ? AnnouncementStatus.Scheduled : AnnouncementStatus.Sending,
        }, cancellationToken);
        if (updated is null)
        {
            return AlreadyGone(current);
        }

        await AfterChangeAsync(updated, cancellationToken);
        return ComposeOutcome.Done(updated);
    }

    public async Task<ComposeOutcome> ApproveAsync(Publisher publisher, string id, CancellationToken cancellationToken = default)
    {
        if (!publisher.CanApprove)
        {
            return ComposeOutcome.Fail(ComposeOutcomeKind.Forbidden, "role", "Solo un coordinatore può approvare.", "Only a coordinator can approve.");
        }

        var now = clock.GetUtcNow();
        var updated = await store.TryUpdateAsync(publisher.TenantId, id, [AnnouncementStatus.PendingApproval], a => a with
        {
            ApprovedBy = publisher.Id,
            Status = a.SendAt > now ? AnnouncementStatus.Scheduled : AnnouncementStatus.Sending,
            SendAt = a.SendAt > now ? a.SendAt : now,
        }, cancellationToken);
        if (updated is null)
        {
            return await store.GetAsync(publisher.TenantId, id, cancellationToken) is { } current ? AlreadyGone(current) : NotFound();
        }

        await AfterChangeAsync(updated, cancellationToken);
        return ComposeOutcome.Done(updated);
    }

    /// <summary>Cancels one not yet sent, or retracts one sent; one still being delivered cannot be stopped half-way (409).</summary>
    public async Task<ComposeOutcome> CancelOrRetractAsync(Publisher publisher, string id, CancellationToken cancellationToken = default)
    {
        if (await VisibleAsync(publisher, id, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (!current.NeighbourhoodIds.All(publisher.MayPublishTo))
        {
            return ComposeOutcome.Fail(ComposeOutcomeKind.Forbidden, "neighbourhoods", "Questo avviso riguarda anche quartieri non tuoi.", "This announcement also targets neighbourhoods that are not yours.");
        }

        var cancelled = await store.TryUpdateAsync(publisher.TenantId, id, NotYetSent, a => a with { Status = AnnouncementStatus.Cancelled, FinishedAt = clock.GetUtcNow() }, cancellationToken);
        if (cancelled is not null)
        {
            await signals.PublishAsync(new AnnouncementSignal(cancelled.TenantId, cancelled.Id), cancellationToken);
            return ComposeOutcome.Done(cancelled);
        }

        var retracted = await store.TryUpdateAsync(publisher.TenantId, id, [AnnouncementStatus.Sent], a => a with { Status = AnnouncementStatus.Retracted }, cancellationToken);
        if (retracted is null)
        {
            return AlreadyGone(await store.GetAsync(publisher.TenantId, id, cancellationToken) ?? current);
        }

        await DeleteCopiesAsync(retracted, cancellationToken);
        await signals.PublishAsync(new AnnouncementSignal(retracted.TenantId, retracted.Id), cancellationToken);
        return ComposeOutcome.Done(retracted);
    }

    /// <summary>The announcement if this publisher may see it: a committee sees those that touch one of its neighbourhoods.</summary>
    public async Task<Announcement?> VisibleAsync(Publisher publisher, string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(publisher.TenantId, id, cancellationToken) is { } a && a.NeighbourhoodIds.Any(publisher.MayPublishTo) ? a : null;

    public async Task<IReadOnlyList<Announcement>> ListAsync(Publisher publisher, CancellationToken cancellationToken = default) =>
        (await store.ListAsync(publisher.TenantId, 200, cancellationToken)).Where(a => a.NeighbourhoodIds.Any(publisher.MayPublishTo)).ToList();

    private async Task DeleteCopiesAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var r in await store.ListRecipientsAsync(announcement.Id, Delivery.RecipientStatus.Sent, int.MaxValue, cancellationToken))
        {
            var deleted = r.ChannelId == AnnouncementDelivery.Telegram && deleter is not null && r.MessageIds.Count > 0;
            foreach (var messageId in r.MessageIds)
            {
                deleted &= deleter is not null && await deleter.TryDeleteAsync(announcement.TenantId, r.ChatId, messageId, cancellationToken);
            }

            if (deleted)
            {
                await store.TryUpdateRecipientAsync(announcement.Id, r.CitizenId, [Delivery.RecipientStatus.Sent], Delivery.RecipientStatus.Retracted, null, null, now, cancellationToken);
            }
        }
    }

    private ComposeOutcome? Refused(Publisher publisher, AnnouncementDraft draft, out string? imageType)
    {
        var problems = validator.Check(publisher, draft, out imageType);
        var outside = AnnouncementValidator.OutOfScope(publisher, draft);
        if (outside.Count > 0 && problems.All(p => p.Field != "neighbourhoods"))
        {
            return ComposeOutcome.Fail(ComposeOutcomeKind.Forbidden, "neighbourhoods",
                $"Puoi scrivere solo ai tuoi quartieri; non a: {string.Join(", ", outside)}.", $"You may only publish to your own neighbourhoods; not to: {string.Join(", ", outside)}.");
        }

        return problems.Count > 0 ? new ComposeOutcome(ComposeOutcomeKind.Invalid, null, problems) : null;
    }

    private async Task AfterChangeAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.Status == AnnouncementStatus.Scheduled)
        {
            scheduler.Schedule(announcement);
        }

        await signals.PublishAsync(new AnnouncementSignal(announcement.TenantId, announcement.Id), cancellationToken);
    }

    private static ComposeOutcome NotFound() =>
        ComposeOutcome.Fail(ComposeOutcomeKind.NotFound, "id", "Avviso non trovato.", "No such announcement.");

    private static ComposeOutcome AlreadyGone(Announcement current) => ComposeOutcome.Fail(ComposeOutcomeKind.Conflict, "status",
        $"Non si può più: l'avviso è nello stato \"{current.Status}\".", $"Not possible any more: the announcement is {current.Status}.");
}
