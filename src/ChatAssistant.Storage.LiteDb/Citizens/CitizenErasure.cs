using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Storage.LiteDb.Appointments;
using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>
/// The right to be forgotten: the citizen record, every private conversation of theirs (state and transcript), every
/// outbox message of those chats, sent and failed ones too, and what each capability keeps about them: handoff tickets
/// (open or closed), reports (segnalazioni) with photos, bookings and reminders, neighbourhood subscriptions and
/// announcement copies. Each conversation keeps only its head, which holds nothing
/// personal: its last sequence, so a web chat's watermark keeps growing. In a group chat exactly the member's entries
/// go (tombstones keep the sequence), and the others' messages stay, whoever spoke last. Their bookings and reminders
/// go too (see AppointmentDocuments.EraseCitizen).
/// </summary>
internal static class CitizenErasure
{
    public static void Erase(LiteDatabase db, string citizenId)
    {
        var conversations = db.GetCollection(StoreCollections.Conversations);
        var transcript = db.GetCollection(StoreCollections.Transcript);
        foreach (var document in conversations.Find(Query.EQ("citizen", citizenId)).ToList())
        {
            if (document["group"].IsBoolean && document["group"].AsBoolean)
            {
                continue;
            }

            var key = document["_id"].AsString;
            transcript.DeleteMany(TranscriptDocuments.All(key));
            if (document["tenant"].IsString)
            {
                OutboxWrites.DeleteAllOfChat(db, document["tenant"].AsString, key);
            }

            // Handoff tickets hold copies of the citizen's messages, their name, the note and the survey comment.
            db.GetCollection(StoreCollections.HandoffTickets).DeleteMany(Query.EQ("chat", key));
            ConversationDocuments.WriteHeadOnly(db, key, document["lastSequence"].AsInt64);
        }

        // Erasure is rare and group chats are few: a scan of the group conversations needs no index of its own.
        foreach (var document in conversations.Find(Query.EQ("group", true)).ToList())
        {
            if (ConversationDocuments.ReadState(db, document["_id"].AsString) is { } state && state.Participants.Contains(citizenId))
            {
                EraseMember(db, document, state, citizenId);
            }
        }

        ChatAssistant.Storage.LiteDb.CivicReports.CivicReportDocuments.EraseCitizen(db, citizenId);
        AppointmentDocuments.EraseCitizen(db, citizenId);
        // Neighbourhood announcements: the consent and every copy sent (it names the chat).
        Announcements.AnnouncementDocuments.EraseCitizen(db, citizenId);
        db.GetCollection(StoreCollections.Citizens).Delete(citizenId);
    }

    private static void EraseMember(LiteDatabase db, BsonDocument conversation, ConversationState state, string citizenId)
    {
        var key = state.Key;
        var user = GroupErasure.ChannelUserIdOf(citizenId);
        var transcript = db.GetCollection(StoreCollections.Transcript);
        foreach (var document in transcript.Find(TranscriptDocuments.All(key)).ToList())
        {
            var changed = false;
            foreach (var activity in document["activities"].AsArray.Select(a => a.AsDocument))
            {
                if (GroupErasure.Names(activity["json"].AsString, user))
                {
                    activity["json"] = GroupErasure.Tombstone(activity["activityId"].AsString);
                    changed = true;
                }
            }

            if (changed)
            {
                transcript.Update(document);
            }
        }

        OutboxWrites.DeleteNamingOfChat(db, state.TenantId, key, user);
        state.Participants.Remove(citizenId);
        if (state.CitizenId == citizenId)
        {
            state.CitizenId = null;
        }

        // A new version: a turn still holding the old state runs again instead of writing the member back.
        ConversationDocuments.Write(db, state, ConversationDocuments.Serialize(state), conversation["version"].AsInt64 + 1, conversation["lastSequence"].AsInt64);
    }
}
