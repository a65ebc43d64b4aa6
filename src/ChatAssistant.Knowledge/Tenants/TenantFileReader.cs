using ChatAssistant.Core.Tenants;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Tenants;

/// <summary>Reads knowledge-base/comuni/&lt;tenant&gt;/comune.yaml into a <see cref="Tenant"/>.</summary>
internal static class TenantFileReader
{
    public static Tenant? Read(string path, string root, List<LoadProblem> problems)
    {
        var relative = Path.GetRelativePath(root, path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        if (!KnowledgeFile.TryReadYaml<ComuneYaml>(path, relative, problems, out var yaml))
        {
            return null;
        }

        if (yaml is null || string.IsNullOrWhiteSpace(yaml.Id) || string.IsNullOrWhiteSpace(yaml.Name))
        {
            problems.Add(new LoadProblem(relative, "'id' and 'name' are required"));
            return null;
        }

        if (yaml.Id != folder)
        {
            problems.Add(new LoadProblem(relative, $"'id: {yaml.Id}' does not match the folder name ({folder})"));
            return null;
        }

        var desks = new List<HelpDesk>();
        foreach (var desk in yaml.Desks ?? [])
        {
            if (string.IsNullOrWhiteSpace(desk.Id) || string.IsNullOrWhiteSpace(desk.Name))
            {
                problems.Add(new LoadProblem(relative, "every desk needs 'id' and 'name'"));
                continue;
            }

            desks.Add(new HelpDesk
            {
                Id = desk.Id,
                Name = desk.Name,
                Address = desk.Address,
                Hours = desk.Hours,
                ExampleHours = desk.ExampleHours,
                Services = desk.Services ?? [],
                Note = string.IsNullOrWhiteSpace(desk.Note) ? null : desk.Note.Trim(),
            });
        }

        return new Tenant
        {
            Id = yaml.Id,
            Name = yaml.Name,
            Website = yaml.Website,
            Desks = desks,
            Neighbourhoods = yaml.Neighbourhoods ?? [],
            Aliases = yaml.Aliases ?? [],
        };
    }

    private sealed class ComuneYaml
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Website { get; set; }
        public List<DeskYaml>? Desks { get; set; }
        public List<string>? Neighbourhoods { get; set; }
        public List<string>? Aliases { get; set; }
    }

    private sealed class DeskYaml
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Address { get; set; }
        public string? Hours { get; set; }
        public bool ExampleHours { get; set; }
        public List<string>? Services { get; set; }
        public string? Note { get; set; }
    }
}
