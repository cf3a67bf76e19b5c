using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class PageFileNamesTests
{
    [Fact]
    public void Ids_become_file_names_that_stay_in_the_directory_and_never_collide()
    {
        var names = new PageFileNames(".html");

        names.Next("guterres-netanyahu").Should().Be("guterres-netanyahu.html");
        names.Next("../../etc/passwd").Should().Be("_._.._etc_passwd.html");
        names.Next("Guterres-Netanyahu").Should().Be("Guterres-Netanyahu-2.html");
        names.Next("").Should().Be("document.html");
        names.Next("Zoë: interview?").Should().Be("Zoë__interview_.html");
    }
}
