using ChatAssistant.Core.Privacy;

namespace ChatAssistant.Core.Tests.Privacy;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("la mia password è Roma2024!", "Roma2024!")]
    [InlineData("password: gatto", "gatto")]
    [InlineData("la mia password dello spid è Roma2024!", "Roma2024!")]
    [InlineData("il pin dell'app è 90817", "90817")]
    [InlineData("Password=Xy7#kk", "Xy7#kk")]
    [InlineData("il pin è 12345678", "12345678")]
    [InlineData("mi è arrivato il codice OTP 482913", "482913")]
    [InlineData("codice di verifica: 998877", "998877")]
    [InlineData("PUK 87654321", "87654321")]
    [InlineData("my password is Secret123", "Secret123")]
    [InlineData("the one-time code is 554433", "554433")]
    public void Redact_TypedSecret_IsMasked(string text, string secret)
    {
        var result = SecretRedactor.Redact(text);

        Assert.True(result.HasSecrets);
        Assert.DoesNotContain(secret, result.Text, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("la carta è 5500-0000-0000-0004 grazie")]
    public void Redact_CardNumberPassingLuhn_IsMasked(string text)
    {
        var result = SecretRedactor.Redact(text);

        Assert.Contains(SecretKind.PaymentCard, result.Found);
        Assert.DoesNotContain("1111 1111", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_Iban_IsMasked()
    {
        var result = SecretRedactor.Redact("il mio iban è IT60 X054 2811 1010 0000 0123 456");

        Assert.Contains(SecretKind.Iban, result.Found);
        Assert.DoesNotContain("0123 456", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ho dimenticato la password dello SPID")]
    [InlineData("password dimenticata, cosa faccio?")]
    [InlineData("dove trovo il pin della carta d'identità?")]
    [InlineData("il puk della CIE dove si trova")]
    [InlineData("appuntamento il 12/05/2025 alle 10:30")]
    [InlineData("chiamami al 333 123 4567")]
    [InlineData("il mio numero è +39 02 8845 1234")]
    [InlineData("codice avviso pagoPA 301000000012345678")]
    [InlineData("codice fiscale RSSMRA80A01F205X")]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("non mi arriva il codice otp")]
    public void Redact_OrdinaryText_IsLeftAsItIs(string text)
    {
        var result = SecretRedactor.Redact(text);

        Assert.False(result.HasSecrets, $"'{text}' became '{result.Text}'");
        Assert.Equal(text, result.Text);
    }
}
