#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Checks every translation file in translations/: each message translated,
// none left over from removed code, the same placeholders and a mnemonic
// wherever the source has one (keyboard users depend on it). The German
// interface addresses its users with "Sie", as authorities' software does.
class TranslationTest : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        QString type;
    };

    static QList<Message> read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "source"_L1) {
                message = Message{context, xml.readElementText(), {}, {}};
            } else if (xml.name() == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                // Plural forms are <numerusform> children: all of them count.
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                messages << message;
            }
        }
        return xml.hasError() ? QList<Message>() : messages;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(u"%(\\d+|n)"_s);
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.removeDuplicates(); // plural forms repeat them
        found.sort();
        return found;
    }

    static bool hasMnemonic(QString text)
    {
        static const QRegularExpression entity(u"&(#\\d+|[A-Za-z]+);"_s); // rich text
        return text.remove(u"&&"_s).remove(entity).contains(u'&');
    }

    // What addresses the reader with "du" in German: the pronouns, and the
    // imperatives of the verbs the interface uses ("Bitte gib", "Öffne").
    // Meta's own label, quoted as Meta writes it, is not the program's voice.
    static QString informalAddress(QString text)
    {
        text.remove(u"„Widerspruch gegen die Verarbeitung deiner Informationen“"_s);
        // Possessive forms only: "Deinstallation" is no informal address.
        static const QRegularExpression pronoun(
            u"(?<![\\w-])(du|dein(?:e|er|es|em|en)?|dir|dich)(?![\\w-])"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression imperative(
            u"(?<![\\w-])(gib|wähle?|kreuze?|prüfe?|versuche|öffne|trage?|schicke?|lege?|speichere|"
            "beschreibe|halte|antworte|verwende|hänge?|veröffentliche|nimm|gehe?|hebe?|kopiere|"
            "füge|schreibe?|klicke?|warte|nutze|starte|suche?|installiere|entferne|übersetze|"
            "lass|aktualisiere|bewahre|widersprich|kürze|lies|sieh|achte|denk|frag|zeig|prüf|"
            "kannst|hast|bist|musst|willst|darfst|möchtest|wirst|findest|brauchst|löschst|"
            "trägst|speicherst|öffnest|schickst|gibst|siehst)(?![\\w-])(?!\\s+Sie\\b)"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        for (const QRegularExpression* pattern : {&pronoun, &imperative}) {
            if (const auto match = pattern->match(text); match.hasMatch())
                return match.captured();
        }
        return {};
    }

private slots:
    // The German README speaks to the same people as the interface.
    void germanReadmeSaysSie()
    {
        QFile file(QStringLiteral(KIW_README));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(file.readAll());
        const qsizetype english = readme.indexOf(u"\n## English"_s);
        QVERIFY(english > 0);
        // Options and paths are no words: --out-dir, build_dir, DIR.
        QString german = readme.left(english);
        static const QRegularExpression code(u"`[^`]*`|--[\\w-]+|\\w+[_-]dir\\b"_s);
        german.remove(code);
        const QString informal = informalAddress(german);
        QVERIFY2(informal.isEmpty(), qPrintable(u"„"_s + informal + u"“ in the German README"_s));
    }

    void translations_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KIW_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void translations()
    {
        QFETCH(QString, path);
        const QList<Message> messages = read(path);
        QVERIFY2(!messages.isEmpty(), "no messages or malformed XML");
        for (const Message& m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" – "_s + where));
            QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(u"empty – "_s + where));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                     qPrintable(u"placeholders differ – "_s + where));
            QVERIFY2(hasMnemonic(m.source) == hasMnemonic(m.translation),
                     qPrintable(u"mnemonic missing or extra – "_s + where));
            if (path.endsWith(u"_de.ts"_s)) {
                const QString informal = informalAddress(m.translation);
                QVERIFY2(informal.isEmpty(),
                         qPrintable(u"„"_s + informal + u"“ instead of „Sie“ – "_s + where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "TranslationTest.moc"
