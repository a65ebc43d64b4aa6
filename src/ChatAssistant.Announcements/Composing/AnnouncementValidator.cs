using ChatAssistant.Announcements.Neighbourhoods;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements.Composing;

/// <summary>
/// Checks a draft before anything is stored or sent: text present and within Telegram's limit once marked and signed,
/// a link that is a web address, an image that really is one and at most the size allowed, a time not in the past, and
/// neighbourhoods that exist in the tenant and that this publisher may reach.
/// </summary>
public sealed class AnnouncementValidator(NeighbourhoodCatalog catalog, IOptions<AnnouncementOptions> options, TimeProvider clock)
{
    public const int MaxTitleLength = 120;

    public IReadOnlyList<DraftProblem> Check(Publisher publisher, AnnouncementDraft draft, out string? imageType)
    {
        imageType = null;
        var problems = new List<DraftProblem>();
        var tenant = catalog.Find(publisher.TenantId);
        if (draft.Neighbourhoods is not { Count: > 0 })
        {
            problems.Add(new("neighbourhoods", "Scegli almeno un quartiere.", "Choose at least one neighbourhood."));
        }
        else
        {
            foreach (var id in draft.Neighbourhoods.Distinct())
            {
                if (tenant?.Find(id) is null)
                {
                    problems.Add(new("neighbourhoods", $"Il quartiere '{id}' non esiste in questo Comune.", $"Unknown neighbourhood '{id}' in this municipality."));
                }
            }
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add(new("title", "Scrivi un titolo.", "The title is empty."));
        }
        else if (draft.Title.Trim().Length > MaxTitleLength)
        {
            problems.Add(new("title", $"Il titolo è troppo lungo: al massimo {MaxTitleLength} caratteri.", $"The title is too long: at most {MaxTitleLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            problems.Add(new("text", "Scrivi il testo dell'avviso.", "The text is empty."));
        }
        else if (problems.Count == 0 && tenant is not null)
        {
            var preview = new Announcement
            {
                Id = "preview", TenantId = publisher.TenantId, NeighbourhoodIds = draft.Neighbourhoods.Distinct().ToList(), Title = draft.Title!, Text = draft.Text,
                Link = draft.Link, Status = AnnouncementStatus.Scheduled, SendAt = clock.GetUtcNow(), CreatedBy = publisher.Id, CreatedAt = clock.GetUtcNow(),
            };
            var length = AnnouncementMessage.Text(preview, tenant, "it").Length;
            if (length > AnnouncementMessage.MaxLength)
            {
                problems.Add(new("text", $"Il testo è troppo lungo per Telegram: {length} caratteri su {AnnouncementMessage.MaxLength}. Accorcialo di {length - AnnouncementMessage.MaxLength}.",
                    $"The text is too long for Telegram: {length} of {AnnouncementMessage.MaxLength} characters. Cut {length - AnnouncementMessage.MaxLength}."));
            }
        }

        if (!string.IsNullOrWhiteSpace(draft.Link)
            && !(Uri.TryCreate(draft.Link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            problems.Add(new("link", "Il link deve essere un indirizzo web che inizia con https://", "The link must be a web address starting with https://"));
        }

        if (draft.Image is { Length: > 0 } image)
        {
            if (image.Length > options.Value.MaxImageBytes)
            {
                problems.Add(new("image", $"L'immagine è troppo grande: al massimo {options.Value.MaxImageBytes / (1024 * 1024)} MB.",
                    $"The image is too large: at most {options.Value.MaxImageBytes / (1024 * 1024)} MB."));
            }
            else if ((imageType = ImageCheck.TypeOf(image)) is null)
            {
                problems.Add(new("image", "Il file non è un'immagine (PNG, JPEG, GIF o WebP).", "The file is not an image (PNG, JPEG, GIF or WebP)."));
            }
        }

        if (draft.SendAt is { } at && at < clock.GetUtcNow().AddMinutes(-1))
        {
            problems.Add(new("sendAt", "L'ora di invio è già passata: scegli un'ora futura o \"invia ora\".", "The send time is in the past: choose a future time or send now."));
        }

        return problems;
    }

    /// <summary>Neighbourhoods of the draft this publisher may not reach (a committee outside its own): the answer is 403, not 400.</summary>
    public static IReadOnlyList<string> OutOfScope(Publisher publisher, AnnouncementDraft draft) =>
        (draft.Neighbourhoods ?? []).Where(id => !publisher.MayPublishTo(id)).Distinct().ToList();
}
