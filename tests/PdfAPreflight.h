#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Apache PDFBox's preflight, an independent check of PDF/A-1b (ISO 19005-1),
// from Debian's packages: libpdfbox2-java with a Java runtime, and the two
// Java EE parts that Java 11 and later no longer bring along.
namespace PdfAPreflight {

inline QStringList classPath()
{
    QStringList jars;
    for (const char* jar : {"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging",
                            "javax.activation", "jaxb-api"})
        jars << QStringLiteral("/usr/share/java/%1.jar").arg(QLatin1String(jar));
    return jars;
}

// Empty when the preflight can run, otherwise what is missing.
inline QString missing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
        return QStringLiteral("no Java runtime; scripts/install-dependencies.sh installs one");
    for (const QString& jar : classPath()) {
        if (!QFile::exists(jar))
            return jar + QStringLiteral(" is missing; scripts/install-dependencies.sh installs it");
    }
    return {};
}

// Preflight's report: "The file … is a valid PDF/A-1b file", or each fault
// with its rule number (for example "1.2.5 : Body Syntax error, …").
inline QString report(const QString& pdf)
{
    QProcess java;
    java.setProcessChannelMode(QProcess::MergedChannels);
    java.start(QStringLiteral("java"),
               {QStringLiteral("-cp"), classPath().join(u':'),
                QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf});
    if (!java.waitForFinished(120000))
        return QStringLiteral("preflight did not finish");
    return QString::fromUtf8(java.readAll());
}

inline bool isValid(const QString& report)
{
    return report.contains(QStringLiteral("is a valid PDF/A-1b file"));
}

} // namespace PdfAPreflight
