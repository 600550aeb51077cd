using System.Security.Cryptography;
using System.Text;
using AlertBot.Telegram.MiniApp;

namespace AlertBot.Telegram.Tests.MiniApp;

/// <summary>Telegram's init data, checked as its docs describe ("Validating data received via the Mini App").</summary>
public sealed class InitDataTests
{
    private const string Token = "123456789" + ":" + "AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQr";
    private const string OtherToken = "987654321" + ":" + "ZZyyXXwwVVuuTTssRRqqPPooNNmmLLkkJJi";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);
    private const string User = """{"id":279058397,"first_name":"Vlad","last_name":"K","username":"vdkfrost","language_code":"en"}""";

    /// <summary>
    /// Signs as the docs say, written out here on its own so the test does not trust the code under test: the
    /// data-check-string is "key=value" lines sorted by key without hash; secret = HMAC-SHA256(key "WebAppData",
    /// message token); hash = hex HMAC-SHA256(key secret, message data-check-string). Each value is sent encoded as
    /// <paramref name="encode"/> does.
    /// </summary>
    private static string Signed(IEnumerable<(string Key, string Value)> fields, string token = Token, Func<string, string>? encode = null, Func<string, string>? tamper = null)
    {
        var list = fields.ToList();
        var check = string.Join("\n", list.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var secret = new HMACSHA256(Encoding.UTF8.GetBytes("WebAppData")).ComputeHash(Encoding.UTF8.GetBytes(token));
        var hash = Convert.ToHexString(new HMACSHA256(secret).ComputeHash(Encoding.UTF8.GetBytes(check))).ToLowerInvariant();
        encode ??= Uri.EscapeDataString;
        return string.Join("&", list.Select(f => $"{f.Key}={encode(f.Value)}").Append("hash=" + (tamper?.Invoke(hash) ?? hash)));
    }

    private static (string, string)[] Fields(DateTimeOffset auth, string user = User) =>
        [("query_id", "AAHdF6IQAAAAAN0XohDhrOrc"), ("user", user), ("auth_date", auth.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static TheoryData<string, string, InitDataFailure?> Cases()
    {
        var fresh = Now.AddMinutes(-5);
        var good = Signed(Fields(fresh));
        return new()
        {
            { "good, signed five minutes ago", good, null },
            { "good, signed just now", Signed(Fields(Now)), null },
            { "good, 59 minutes old", Signed(Fields(Now.AddMinutes(-59))), null },
            { "good, the clock 30 s behind Telegram's", Signed(Fields(Now.AddSeconds(30))), null },
            { "good, fields in another order", Signed(Fields(fresh).Reverse()), null },
            { "good, spaces sent as '+' (URLSearchParams)", Signed(Fields(fresh, """{"id":279058397,"first_name":"Anna Maria"}"""), encode: v => Uri.EscapeDataString(v).Replace("%20", "+", StringComparison.Ordinal)), null },
            { "good, '&', '=', '%' and non-ASCII in a value", Signed(Fields(fresh, """{"id":279058397,"first_name":"A&B=C 100% Київ"}""")), null },
            { "good, with a start_param", Signed([.. Fields(fresh), ("start_param", "settings_-100123")]), null },
            { "bad hash: one hex digit changed", Signed(Fields(fresh), tamper: h => (h[0] == 'a' ? "b" : "a") + h[1..]), InitDataFailure.BadHash },
            { "bad hash: a field changed after signing", good.Replace("279058397", "279058398", StringComparison.Ordinal), InitDataFailure.BadHash },
            { "bad hash: signed with another bot's token", Signed(Fields(fresh), token: OtherToken), InitDataFailure.BadHash },
            { "bad hash: not hex", Signed(Fields(fresh), tamper: h => new string('z', h.Length)), InitDataFailure.BadHash },
            { "bad hash: too short", Signed(Fields(fresh), tamper: h => h[..32]), InitDataFailure.BadHash },
            { "bad hash: empty", Signed(Fields(fresh), tamper: _ => ""), InitDataFailure.BadHash },
            { "bad hash: a value decoded differently (raw '+' signed as '+')", Signed(Fields(fresh, """{"id":279058397,"first_name":"a+b"}"""), encode: v => v), InitDataFailure.BadHash },
            { "missing hash", good[..good.IndexOf("&hash=", StringComparison.Ordinal)], InitDataFailure.MissingHash },
            { "expired: 61 minutes old", Signed(Fields(Now.AddMinutes(-61))), InitDataFailure.Expired },
            { "expired: a day old", Signed(Fields(Now.AddDays(-1))), InitDataFailure.Expired },
            { "future auth_date: 10 minutes ahead", Signed(Fields(Now.AddMinutes(10))), InitDataFailure.FromTheFuture },
            { "duplicate keys: user twice", good + "&user=" + Uri.EscapeDataString("""{"id":1}"""), InitDataFailure.Malformed },
            { "duplicate keys: hash twice", good + "&hash=00", InitDataFailure.Malformed },
            { "a bad escape (%zz) is not URL-encoding", Signed(Fields(fresh)).Replace("query_id=", "query_id=%zz", StringComparison.Ordinal), InitDataFailure.Malformed },
            { "a lone % at the end is not URL-encoding", Signed(Fields(fresh)) + "&x=%", InitDataFailure.Malformed },
            { "no auth_date, signed", Signed([("user", User)]), InitDataFailure.Malformed },
            { "auth_date not a number, signed", Signed([("user", User), ("auth_date", "yesterday")]), InitDataFailure.Malformed },
            { "no user, signed", Signed([("auth_date", fresh.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))]), InitDataFailure.NoUser },
            { "user not JSON, signed", Signed(Fields(fresh, "{not json")), InitDataFailure.NoUser },
            { "user without an id, signed", Signed(Fields(fresh, """{"first_name":"X"}""")), InitDataFailure.NoUser },
            { "empty", "", InitDataFailure.Missing },
            { "huge", "a=" + new string('b', InitData.MaxLength), InitDataFailure.Malformed },
            { "binary", "\0\u0001\u00ff=\u0002", InitDataFailure.MissingHash },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Case_GivesTheExpectedOutcome(string name, string raw, InitDataFailure? expected)
    {
        var (data, failure) = InitData.Validate(raw, Token, MaxAge, Now);

        Assert.True(expected == failure, $"{name}: expected {expected?.ToString() ?? "valid"}, got {failure?.ToString() ?? "valid"}");
        if (expected is null)
            Assert.Equal(279058397, data!.User.Id);
        else
            Assert.Null(data);
    }

    [Fact]
    public void Validate_GoodData_ReadsTheUserTheTimeAndTheStartParameter()
    {
        var raw = Signed([.. Fields(Now.AddMinutes(-2)), ("start_param", "settings_-100123")]);

        var (data, _) = InitData.Validate(raw, Token, MaxAge, Now);

        Assert.Equal(new MiniAppUser(279058397, "Vlad", "K", "vdkfrost"), data!.User);
        Assert.Equal(Now.AddMinutes(-2), data.AuthDate);
        Assert.Equal("settings_-100123", data.StartParam);
    }

    [Fact]
    public void Sign_MakesWhatValidateAccepts_AndWhatTheDocsAlgorithmSigns()
    {
        var fields = Fields(Now.AddMinutes(-1), """{"id":279058397,"first_name":"A&B +c"}""");

        var signed = InitData.Sign(fields.ToDictionary(f => f.Item1, f => f.Item2), Token);

        Assert.NotNull(InitData.Validate(signed, Token, MaxAge, Now).Data);
        Assert.Equal(Signed(fields)[Signed(fields).IndexOf("hash=", StringComparison.Ordinal)..], signed[signed.IndexOf("hash=", StringComparison.Ordinal)..]);
    }
}
