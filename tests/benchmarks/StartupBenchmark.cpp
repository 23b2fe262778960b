#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <chrono>

#include "Figure.h"
#include "Median.h"

// Start-up as a user sees it: from launching the process until its first page
// is painted (each program reports that moment on the shared steady clock), for
// KI-Widerspruch and for a bare five-page QWizard, run alternately so both see
// the same machine load. Fails above the allowed ratio.
namespace {
constexpr int runs = 21;
constexpr double allowedRatio = 1.5;

double milliseconds(const QString& program, const QStringList& arguments)
{
    QProcess process;
    const auto launched = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    const QList<QByteArray> words = process.readAllStandardOutput().trimmed().split(' ');
    if (words.size() != 2 || words.at(0) != "first-paint")
        return -1;
    const qint64 painted = words.at(1).toLongLong();
    return double(painted - std::chrono::nanoseconds(launched).count()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        out << "usage: StartupBenchmark <ki-widerspruch> <bare-wizard>\n";
        return 2;
    }
    // German: the edition that loads translations, so the slower of the two.
    const QStringList appArguments{QStringLiteral("--quit-after-first-paint"),
                                   QStringLiteral("--lang"), QStringLiteral("de")};
    // One warm-up each: the first start also pays for reading libraries from disk.
    milliseconds(args.at(1), appArguments);
    milliseconds(args.at(2), {});
    // A ratio over the limit is measured once more before it counts: one busy
    // moment on a shared machine should not fail CI, a real regression fails twice.
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QList<double> appTimes;
        QList<double> bareTimes;
        for (int i = 0; i < runs; ++i) {
            appTimes << milliseconds(args.at(1), appArguments);
            bareTimes << milliseconds(args.at(2), {});
        }
        if (appTimes.contains(-1) || bareTimes.contains(-1)) {
            out << "a program failed to start or to quit\n";
            return 1;
        }
        const double appMedian = median(appTimes);
        const double bareMedian = median(bareTimes);
        const double ratio = appMedian / bareMedian;
        out << "launch to first page painted, median of " << runs << " runs\n"
            << "  bare 5-page QWizard: " << QString::number(bareMedian, 'f', 1) << " ms\n"
            << "  KI-Widerspruch:      " << QString::number(appMedian, 'f', 1) << " ms\n"
            << "  ratio:               " << QString::number(ratio, 'f', 2) << " (allowed "
            << allowedRatio << ")\n";
        out.flush();
        if (printFigure(QStringLiteral("start-up: launch to first paint, ratio to a bare QWizard"),
                        ratio, allowedRatio, "×"))
            return 0;
    }
    return 1;
}
