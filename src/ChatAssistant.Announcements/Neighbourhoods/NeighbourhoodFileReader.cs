using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatAssistant.Announcements.Neighbourhoods;

/// <summary>Reads one tenant's quartieri.yaml; a mistake throws with the file named, so it shows at start-up.</summary>
public static class NeighbourhoodFileReader
{
    public const string FileName = "quartieri.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static TenantNeighbourhoods Read(string tenantId, string yaml, string source)
    {
        var file = Yaml.Deserialize<FileShape>(yaml) ?? new FileShape();
        var list = new List<Neighbourhood>();
        foreach (var entry in file.Neighbourhoods)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new InvalidDataException($"{source}: every neighbourhood needs an id and a name.");
            }

            if (list.Exists(n => n.Id == entry.Id))
            {
                throw new InvalidDataException($"{source}: the id '{entry.Id}' is used twice.");
            }

            list.Add(new Neighbourhood(entry.Id, entry.Name, entry.Places, entry.Streets));
        }

        return new TenantNeighbourhoods(tenantId, file.Example, list);
    }

    private sealed class FileShape
    {
        public bool Example { get; set; }
        public List<Entry> Neighbourhoods { get; set; } = [];
    }

    private sealed class Entry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> Places { get; set; } = [];
        public List<string> Streets { get; set; } = [];
    }
}
