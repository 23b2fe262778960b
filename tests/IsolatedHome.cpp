#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

// Linked into every test program (kiw_add_test): before main() runs, the
// process gets a home, data, settings, cache and runtime folder of its own,
// removed when it ends. QStandardPaths' test mode alone puts everything into
// ~/.qttest, shared by every run and build on the machine, so a plain and a
// sanitizer run at the same time read and overwrite each other's records and
// settings. Programs the test starts (the real ki-widerspruch, the helpers in
// tools/) inherit the same folders. KIW_KEEP_TEST_FILES keeps them for a look.

namespace {
class IsolatedHome
{
public:
    IsolatedHome() : m_home(QDir::tempPath() + QStringLiteral("/kiw-test-home-XXXXXX"))
    {
        if (!m_home.isValid()) {
            std::fprintf(stderr, "IsolatedHome: no temporary home folder: %s\n",
                         qPrintable(m_home.errorString()));
            std::exit(1);
        }
        m_home.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        // QDir::homePath() and QStandardPaths' test mode (~/.qttest) follow HOME;
        // the real program, without test mode, follows the XDG folders.
        use("HOME", {});
        use("XDG_CONFIG_HOME", QStringLiteral("config"));
        use("XDG_DATA_HOME", QStringLiteral("share"));
        use("XDG_CACHE_HOME", QStringLiteral("cache"));
        use("XDG_STATE_HOME", QStringLiteral("state"));
#ifdef Q_OS_WIN
        // Windows' user folders (AppData, Documents) are expanded from these
        // variables when a program asks for them (Wine does the same), so a
        // test's record and settings stay in its own folder there too.
        use("USERPROFILE", {});
        use("APPDATA", QStringLiteral("AppData/Roaming"));
        use("LOCALAPPDATA", QStringLiteral("AppData/Local"));
#endif
#ifdef Q_OS_UNIX
        // Qt accepts a runtime folder only if it is private (0700); a test that
        // runs without one removes the variable itself.
        use("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
        QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    }
    IsolatedHome(const IsolatedHome&) = delete;
    IsolatedHome& operator=(const IsolatedHome&) = delete;

private:
    void use(const char* variable, const QString& folder)
    {
        const QString path = folder.isEmpty() ? m_home.path() : m_home.filePath(folder);
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }

    QTemporaryDir m_home;
};

const IsolatedHome isolatedHome;
} // namespace
