<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KI-Widerspruch</source>
        <translation>Über KI-Widerspruch</translation>
    </message>
    <message>
        <source>&lt;p&gt;Object to Meta&apos;s AI training as an organisation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Widerspruch gegen Metas KI-Training für Organisationen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Project: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Projekt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This program does not give legal advice. It helps you make an objection that the law provides for; whether Meta honours it is for Meta and the supervisory authorities to decide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Programm ist keine Rechtsberatung. Es hilft Ihnen, einen Widerspruch einzulegen, den das Gesetz vorsieht; ob Meta ihn beachtet, entscheiden Meta und die Aufsichtsbehörden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the legal facts come from&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Woher die rechtlichen Angaben stammen&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administrative Court of Cologne (VG Köln), 17 July 2025, 13 K 1419/23, not final: no joint controllership of a federal office and Meta for the page&apos;s cookie processing</source>
        <translation>VG Köln, Urteil vom 17. Juli 2025, 13 K 1419/23, nicht rechtskräftig: keine gemeinsame Verantwortlichkeit einer Bundesbehörde und Metas für die Cookie-Verarbeitung der Seite</translation>
    </message>
    <message>
        <source>Verbraucherzentrale NRW (2025): the reason field of the online forms is optional; Sky TG24 (27 May 2025): the forms are built for personal profiles</source>
        <translation>Verbraucherzentrale NRW (2025): die Begründung in den Onlineformularen ist freiwillig; Sky TG24 (27. Mai 2025): die Formulare sind für persönliche Profile gemacht</translation>
    </message>
    <message>
        <source>Higher Regional Court of Cologne (OLG Köln), 23 May 2025, 15 UKl 2/25, and Higher Regional Court of Schleswig (OLG Schleswig), 12 August 2025, 6 UKl 3/25: urgent applications against the training rejected; no court has forbidden it</source>
        <translation>OLG Köln, 23. Mai 2025, 15 UKl 2/25, und OLG Schleswig, 12. August 2025, 6 UKl 3/25: Eilanträge gegen das Training abgelehnt; kein Gericht hat es untersagt</translation>
    </message>
    <message>
        <source>The article „KI-Trainingsdaten – Widerspruch“, whose template letter is the starting point of this program&apos;s letter</source>
        <translation>Der Artikel „KI-Trainingsdaten – Widerspruch“, dessen Musterbrief der Ausgangspunkt für den Brief dieses Programms ist</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679: Art. 4 No. 1 and Recital 14 (data subjects are natural persons), Art. 4 No. 7 (controller), Art. 5(1)(b) (purpose limitation), 5(2) and 24 (demonstrating compliance), 6(1)(f) (legitimate interest), 9(1), 9(2)(a) and (e) (special categories), 12(2) and 12(6) (facilitating rights, identity), 12(3) (one month, extendable by two further months), 12(4) (reasons for not acting), 21(1) (objection on grounds relating to the particular situation; compelling legitimate grounds), 26 (joint controllers), 77 (complaint by a data subject), 80(1) (representation by bodies, which does not reach Art. 21), 91 (churches&apos; own rules), Recitals 14, 43 and 47 – %1</source>
        <translation>Datenschutz-Grundverordnung (EU) 2016/679: Art. 4 Nr. 1 und Erwägungsgrund 14 (betroffene Personen sind natürliche Personen), Art. 4 Nr. 7 (Verantwortlicher), Art. 5 Abs. 1 lit. b (Zweckbindung), 5 Abs. 2 und 24 (Nachweis der Einhaltung), 6 Abs. 1 lit. f (berechtigtes Interesse), 9 Abs. 1, 9 Abs. 2 lit. a und e (besondere Kategorien), 12 Abs. 2 und 12 Abs. 6 (Erleichterung der Rechte, Identität), 12 Abs. 3 (ein Monat, um zwei Monate verlängerbar), 12 Abs. 4 (Gründe für das Nichttätigwerden), 21 Abs. 1 (Widerspruch aus Gründen der besonderen Situation; zwingende schutzwürdige Gründe), 26 (gemeinsam Verantwortliche), 77 (Beschwerde einer betroffenen Person), 80 Abs. 1 (Vertretung durch Einrichtungen, die Art. 21 nicht erfasst), 91 (eigene Regeln der Kirchen), Erwägungsgründe 14, 43 und 47 – %1</translation>
    </message>
    <message>
        <source>CJEU, judgment of 5 June 2018, C-210/16, Wirtschaftsakademie Schleswig-Holstein, ECLI:EU:C:2018:388, paras 35-39 (the operator of a Facebook fan page is joint controller with Meta for the processing of visitors&apos; data for Page Insights)</source>
        <translation>EuGH, Urteil vom 5. Juni 2018, C-210/16, Wirtschaftsakademie Schleswig-Holstein, ECLI:EU:C:2018:388, Rn. 35–39 (wer eine Facebook-Fanpage betreibt, ist mit Meta gemeinsam verantwortlich für die Verarbeitung von Besucherdaten für die Seiten-Insights)</translation>
    </message>
    <message>
        <source>CJEU, judgment of 29 July 2019, C-40/17, Fashion ID, ECLI:EU:C:2019:629, para 74 (joint responsibility reaches only the operations whose purposes and means the operator co-determines)</source>
        <translation>EuGH, Urteil vom 29. Juli 2019, C-40/17, Fashion ID, ECLI:EU:C:2019:629, Rn. 74 (gemeinsame Verantwortung reicht nur so weit, wie die Betreiberin über Zwecke und Mittel mitentscheidet)</translation>
    </message>
    <message>
        <source>CJEU, judgment of 1 August 2022, C-184/20 (data revealing special categories indirectly count); CJEU, judgment of 4 July 2023, C-252/21, Meta Platforms v Bundeskartellamt, ECLI:EU:C:2023:537, paras 77-79 (&quot;manifestly made public&quot; requires the person&apos;s own clear, deliberate act); EDPB Opinion 28/2024 of 17 December 2024 (legitimate interest in AI model training); EDPB Guidelines 01/2022, section 3.4 (requests through third parties)</source>
        <translation>EuGH, Urteil vom 1. August 2022, C-184/20 (auch mittelbar offenbarte besondere Kategorien zählen); EuGH, Urteil vom 4. Juli 2023, C-252/21, Meta Platforms gegen Bundeskartellamt, ECLI:EU:C:2023:537, Rn. 77–79 („offensichtlich öffentlich gemacht“ verlangt eine eigene, bewusste Handlung der Person); EDSA-Stellungnahme 28/2024 vom 17. Dezember 2024 (berechtigtes Interesse beim Training von KI-Modellen); EDSA-Leitlinien 01/2022, Abschnitt 3.4 (Anträge über Dritte)</translation>
    </message>
    <message>
        <source>German law: § 26 BDSG (voluntariness for staff), § 1629 BGB (legal representation of children); church data protection: KDG, DSG-EKD</source>
        <translation>Deutsches Recht: § 26 BDSG (Freiwilligkeit bei Beschäftigten), § 1629 BGB (gesetzliche Vertretung von Kindern); kirchlicher Datenschutz: KDG, DSG-EKD</translation>
    </message>
    <message>
        <source>Meta&apos;s announcement of 14 April 2025 on AI training with public content of adults in the EU from 27 May 2025 (private messages and accounts of minors excluded; a form for anyone in the EU to object to the use of their information; all objection forms honoured; nothing about Pages or organisations), its privacy policy (%1) and its Controller Addendum (Meta&apos;s own later processing excluded); controller: %2</source>
        <translation>Metas Ankündigung vom 14. April 2025 zum KI-Training mit öffentlichen Inhalten Erwachsener in der EU ab dem 27. Mai 2025 (private Nachrichten und Konten Minderjähriger ausgenommen; ein Formular, mit dem jede Person in der EU der Verwendung ihrer Informationen widersprechen kann; alle Widerspruchsformulare werden berücksichtigt; nichts zu Seiten oder Organisationen), seine Datenschutzrichtlinie (%1) und seine Seiten-Insights-Ergänzung bezüglich des Verantwortlichen (Metas eigene spätere Verarbeitung ausgenommen); Verantwortlicher: %2</translation>
    </message>
    <message>
        <source>Supervisory authorities: LDI NRW (20 May 2025), LfDI Bremen (22 May 2025) and HmbBfDI: what was already used stays in the trained models; LDA Brandenburg (19 May 2025): each objection covers only the objector&apos;s own account, public bodies should object; DSK (2022) on fan pages; Irish Data Protection Commission, Meta&apos;s lead authority (statement of 21 May 2025); HmbBfDI, the authority at the seat of Facebook Germany GmbH, which conducts proceedings concerning Meta in Germany and on 27 May 2025 ended its urgency procedure in favour of a European approach</source>
        <translation>Aufsichtsbehörden: LDI NRW (20. Mai 2025), LfDI Bremen (22. Mai 2025) und HmbBfDI: Was bereits verwendet wurde, bleibt in den trainierten Modellen; LDA Brandenburg (19. Mai 2025): Jeder Widerspruch erfasst nur das eigene Konto, öffentliche Stellen sollen widersprechen; DSK (2022) zu Fanpages; irische Data Protection Commission, die für Meta federführende Behörde (Erklärung vom 21. Mai 2025); HmbBfDI, die Aufsichtsbehörde am Sitz der Facebook Germany GmbH, die Verfahren zu Meta in Deutschland führt und am 27. Mai 2025 ihr Dringlichkeitsverfahren zugunsten eines europäischen Vorgehens beendet hat</translation>
    </message>
</context>
<context>
    <name>AccountOverview</name>
    <message>
        <source>Wait for Meta&apos;s answer until %1.</source>
        <translation>Warten Sie auf Metas Antwort bis %1.</translation>
    </message>
    <message>
        <source>Only the online form was used; it may cover only the profile of the admin who sent it, so send the letter for this Page too.</source>
        <translation>Nur das Onlineformular wurde genutzt; es erfasst womöglich nur das Profil der Person, die es gesendet hat. Schicken Sie für diese Seite auch den Brief.</translation>
    </message>
    <message>
        <source>Online form %1</source>
        <translation>Onlineformular %1</translation>
    </message>
    <message>
        <source>Online form %1 (logged in as %2)</source>
        <translation>Onlineformular %1 (angemeldet als %2)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Brief %1</translation>
    </message>
    <message>
        <source>Online form and letter %1</source>
        <translation>Onlineformular und Brief %1</translation>
    </message>
    <message>
        <source>written again %1</source>
        <translation>erneut geschrieben %1</translation>
    </message>
    <message>
        <source>Object for this account.</source>
        <translation>Für dieses Konto widersprechen.</translation>
    </message>
    <message>
        <source>Write to Meta again; you can also inform the supervisory authority.</source>
        <translation>Meta erneut schreiben; Sie können auch die Aufsichtsbehörde informieren.</translation>
    </message>
    <message>
        <source>Wait for the answer until %1.</source>
        <translation>Auf die Antwort warten bis %1.</translation>
    </message>
    <message>
        <source>Nothing to do (confirmed on %1).</source>
        <translation>Nichts zu tun (bestätigt am %1).</translation>
    </message>
    <message>
        <source>Nothing to do (closed).</source>
        <translation>Nichts zu tun (abgeschlossen).</translation>
    </message>
    <message>
        <source>%1, online form of %2</source>
        <translation>%1, Onlineformular vom %2</translation>
    </message>
    <message>
        <source>%1, letter of %2</source>
        <translation>%1, Brief vom %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) without an answer for over a month – create the follow-up letter</source>
        <translation>
            <numerusform>%1: %n Konto seit über einem Monat ohne Antwort – Erinnerungsschreiben erstellen</numerusform>
            <numerusform>%1: %n Konten seit über einem Monat ohne Antwort – Erinnerungsschreiben erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no answer to the follow-up letter of %2 either – inform a supervisory authority</source>
        <translation>%1: auch auf das Erinnerungsschreiben vom %2 keine Antwort – eine Aufsichtsbehörde informieren</translation>
    </message>
</context>
<context>
    <name>AccountStatusLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Switch to Insta&amp;gram</source>
        <translation>Auf Instagram &amp;umstellen</translation>
    </message>
    <message>
        <source>&amp;Take this address</source>
        <translation>Adresse einse&amp;tzen</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Your pages and accounts</source>
        <translation>Ihre Seiten und Konten</translation>
    </message>
    <message>
        <source>List every Facebook page and Instagram account of your organisation. At least one is required.</source>
        <translation>Tragen Sie jede Facebook-Seite und jedes Instagram-Konto Ihrer Organisation ein. Mindestens eines ist nötig.</translation>
    </message>
    <message>
        <source>https://www.facebook.com/yourpage or @name</source>
        <translation>https://www.facebook.com/ihreseite oder @Name</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Web address or @name</source>
        <translation>&amp;Adresse (Webadresse oder @Name)</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Pages and accounts in the &amp;letter:</source>
        <translation>Seiten und Konten im Brie&amp;f:</translation>
    </message>
    <message>
        <source>This account is already in the list.</source>
        <translation>Dieses Konto steht schon in der Liste.</translation>
    </message>
    <message>
        <source>Name of the page or a&amp;ccount</source>
        <translation>&amp;Name der Seite oder des Kontos</translation>
    </message>
    <message>
        <source>Pages and accounts in the letter</source>
        <translation>Seiten und Konten im Brief</translation>
    </message>
    <message>
        <source>Log&amp;in e-mail</source>
        <translation>Anme&amp;lde-E-Mail</translation>
    </message>
    <message>
        <source>@name or https://www.instagram.com/name</source>
        <translation>@Name oder https://www.instagram.com/name</translation>
    </message>
    <message>
        <source>In the letter: %1</source>
        <translation>Im Brief: %1</translation>
    </message>
    <message>
        <source>Open your page in the browser and copy the address from the address bar.</source>
        <translation>Öffnen Sie Ihre Seite im Browser und kopieren Sie die Adresse aus der Adresszeile.</translation>
    </message>
    <message>
        <source>The account&apos;s @name, or its address from the browser.</source>
        <translation>Der @Name des Kontos oder seine Adresse aus dem Browser.</translation>
    </message>
    <message>
        <source>optional: helps Meta find the account</source>
        <translation>freiwillig: hilft Meta, das Konto zu finden</translation>
    </message>
    <message>
        <source>e.g. Exampleton Sports Club</source>
        <translation>z. B. Stadt Musterstadt</translation>
    </message>
    <message>
        <source>Import from the record</source>
        <translation>Aus den Nachweisen übernehmen</translation>
    </message>
    <message>
        <source>The record of objections has no account of “%1”.</source>
        <translation>Die Nachweise enthalten kein Konto von „%1“.</translation>
    </message>
    <message>
        <source>Every account of the record is in the list already.</source>
        <translation>Alle Konten aus den Nachweisen stehen schon in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) taken from the record of objections.</source>
        <translation>
            <numerusform>%n Konto aus den Nachweisen übernommen.</numerusform>
            <numerusform>%n Konten aus den Nachweisen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from the &amp;record</source>
        <translation>Aus den Na&amp;chweisen übernehmen</translation>
    </message>
    <message>
        <source>Nothing was taken from the record.</source>
        <translation>Aus den Nachweisen wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The record of objections has no organisation named “%1”. Did you mean this one? Its accounts are added to the list, and the organisation is named as in the record, so that both are one in the record.</source>
        <translation>In den Nachweisen gibt es keine Organisation namens „%1“. Meinten Sie diese? Ihre Konten werden in die Liste übernommen, und die Organisation heißt wie in den Nachweisen, damit beides dort eine Organisation bleibt.</translation>
    </message>
    <message>
        <source>The record of objections has no organisation named “%1”. Did you mean one of these? Its accounts are added to the list, and the organisation is named as in the record, so that both are one in the record.</source>
        <translation>In den Nachweisen gibt es keine Organisation namens „%1“. Meinten Sie eine dieser? Ihre Konten werden in die Liste übernommen, und die Organisation heißt wie in den Nachweisen, damit beides dort eine Organisation bleibt.</translation>
    </message>
    <message>
        <source>The name of the page or account is missing.</source>
        <translation>Der Name der Seite oder des Kontos fehlt.</translation>
    </message>
    <message>
        <source>Please save or discard the change to “%1” first.</source>
        <translation>Bitte speichern oder verwerfen Sie zuerst die Änderung an „%1“.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>Please save or discard the change being made first.</source>
        <translation>Bitte speichern oder verwerfen Sie zuerst die begonnene Änderung.</translation>
    </message>
    <message>
        <source>Change undone: %1.</source>
        <translation>Änderung rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>Wieder in der Liste: %1.</translation>
    </message>
    <message>
        <source>✎ being changed: %1</source>
        <translation>✎ wird geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Save change</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard change</source>
        <translation>Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Än&amp;dern</translation>
    </message>
    <message>
        <source>Undo the change to “%1”</source>
        <translation>Die Änderung an „%1“ rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>„%1“ wieder in die Liste aufnehmen</translation>
    </message>
    <message>
        <source>Changing “%1” (%2). Enter saves the change, Esc discards it.</source>
        <translation>Sie ändern „%1“ (%2). Enter speichert die Änderung, Esc verwirft sie.</translation>
    </message>
    <message>
        <source>A new page or account: Enter adds it to the list. To change one in the list, choose it and press Edit (or F2).</source>
        <translation>Eine neue Seite oder ein neues Konto: Enter fügt es der Liste hinzu. Um einen Eintrag der Liste zu ändern, wählen Sie ihn aus und drücken Sie „Ändern“ (oder F2).</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be used: %2. KI-Widerspruch does not change it and keeps its settings only until it is closed.</source>
        <translation>Die Einstellungsdatei %1 kann nicht verwendet werden: %2. KI-Widerspruch verändert sie nicht und behält seine Einstellungen nur bis zum Schließen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres Problem</numerusform>
            <numerusform>und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries remembered from the last time could not all be used (%1). What could be used is filled in. The stored entries are left as they are; until KI-Widerspruch is closed, nothing new is remembered.</source>
        <translation>Die gemerkten Eingaben vom letzten Mal ließen sich nicht alle übernehmen (%1). Was sich übernehmen ließ, ist eingetragen. Die gespeicherten Eingaben bleiben, wie sie sind; bis KI-Widerspruch geschlossen wird, merkt es sich nichts Neues.</translation>
    </message>
    <message>
        <source>The entries remembered from the last time could not all be used (%1). What could be used is filled in. The stored entries were kept unchanged as a profile: %2</source>
        <translation>Die gemerkten Eingaben vom letzten Mal ließen sich nicht alle übernehmen (%1). Was sich übernehmen ließ, ist eingetragen. Die gespeicherten Eingaben sind unverändert als Profil aufbewahrt: %2</translation>
    </message>
    <message>
        <source>Your entries could not be saved for the next time: the settings file %1 cannot be written (%2). They stay until KI-Widerspruch is closed.</source>
        <translation>Ihre Eingaben konnten nicht für das nächste Mal gespeichert werden: Die Einstellungsdatei %1 kann nicht geschrieben werden (%2). Die Eingaben bleiben erhalten, bis KI-Widerspruch geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Please choose a file name.</source>
        <translation>Bitte wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Please choose another folder.</source>
        <translation>Den Ordner %1 gibt es nicht. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name.</source>
        <translation>%1 ist ein Ordner. Bitte wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3. Please choose a folder you may write to.</source>
        <translation>%1 konnte nicht in %2 gespeichert werden: %3. Bitte wählen Sie einen Ordner, in dem Sie speichern dürfen.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>the content could not be made</source>
        <translation>Der Inhalt konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Nothing could be written to the standard output: it is closed.</source>
        <translation>In die Standardausgabe konnte nichts geschrieben werden: Sie ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2.</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. KI-Widerspruch does not write through links, so that no other file is changed; please choose the file itself or another name. Nothing was written.</source>
        <translation>%1 ist eine symbolische Verknüpfung. KI-Widerspruch schreibt nicht durch Verknüpfungen hindurch, damit keine andere Datei verändert wird; bitte wählen Sie die Datei selbst oder einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a file but a device or a socket. Please choose a file name. Nothing was written.</source>
        <translation>%1 ist keine Datei, sondern ein Gerät oder ein Socket. Bitte wählen Sie einen Dateinamen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The standard output</source>
        <translation>Die Standardausgabe</translation>
    </message>
    <message>
        <source>%1 is write-protected, so KI-Widerspruch does not replace it. Please choose another name, or remove the write protection first. Nothing was changed.</source>
        <translation>%1 ist schreibgeschützt; KI-Widerspruch ersetzt die Datei deshalb nicht. Wählen Sie bitte einen anderen Namen oder heben Sie den Schreibschutz zuerst auf. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. KI-Widerspruch does not write through links, so that no other file is changed. Please replace the link by the file itself, or remove it. Nothing was written.</source>
        <translation>%1 ist eine symbolische Verknüpfung. KI-Widerspruch schreibt nicht durch Verknüpfungen hindurch, damit keine andere Datei verändert wird. Bitte ersetzen Sie die Verknüpfung durch die Datei selbst oder entfernen Sie sie. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is write-protected, so KI-Widerspruch does not replace it. Please remove the write protection first. Nothing was changed.</source>
        <translation>%1 ist schreibgeschützt; KI-Widerspruch ersetzt die Datei deshalb nicht. Bitte heben Sie zuerst den Schreibschutz auf. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Please choose another name. Nothing was written.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Bitte wählen Sie einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is open in another program (a PDF viewer, for example), so Windows does not let KI-Widerspruch replace it. Please close it there and save again, or choose another name. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Programm geöffnet (etwa in einem PDF-Betrachter); deshalb lässt Windows KI-Widerspruch die Datei nicht ersetzen. Bitte schließen Sie sie dort und speichern Sie erneut, oder wählen Sie einen anderen Namen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is open in another program, so Windows does not let KI-Widerspruch replace it. Please close it there and try again. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Programm geöffnet; deshalb lässt Windows KI-Widerspruch die Datei nicht ersetzen. Bitte schließen Sie sie dort und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>AttachInWorker</name>
    <message>
        <source>Copying %1 as evidence …</source>
        <translation>%1 wird als Beleg kopiert …</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file was kept, but it could not be read as an e-mail: %1.</source>
        <translation>Die Datei wurde aufbewahrt, ließ sich aber nicht als E-Mail lesen: %1.</translation>
    </message>
    <message>
        <source>%1 could not be kept as evidence: %2.</source>
        <translation>%1 konnte nicht als Beleg aufbewahrt werden: %2.</translation>
    </message>
    <message>
        <source>the record entry has no valid id</source>
        <translation>der Eintrag hat keine gültige Kennung</translation>
    </message>
    <message>
        <source>it is a symbolic link to something that does not exist</source>
        <translation>sie ist ein symbolischer Link auf etwas, das es nicht gibt</translation>
    </message>
    <message>
        <source>it is not a file on a drive but a device, a pipe or a socket</source>
        <translation>sie ist keine Datei auf einem Datenträger, sondern ein Gerät, eine Pipe oder ein Socket</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>sie ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder of KI-Widerspruch&apos;s own</source>
        <translation>%1 ist kein eigener Ordner von KI-Widerspruch</translation>
    </message>
    <message>
        <source>%1 is already kept for this entry; it was not copied again.</source>
        <translation>%1 ist zu diesem Eintrag schon aufbewahrt; die Datei wurde nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <source>%1 could not be kept as evidence. %2</source>
        <translation>%1 konnte nicht als Beleg aufbewahrt werden. %2</translation>
    </message>
    <message>
        <source>the copy could not be read back unchanged</source>
        <translation>die Kopie ließ sich nicht unverändert zurücklesen</translation>
    </message>
    <message>
        <source>too many files of the same name are kept for this entry</source>
        <translation>zu diesem Eintrag sind zu viele Dateien gleichen Namens aufbewahrt</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 was changed since it was added: it is no longer a file.</source>
        <translation>%1 wurde seit dem Hinzufügen verändert: es ist keine Datei mehr.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 was changed since it was added.</source>
        <translation>%1 wurde seit dem Hinzufügen verändert.</translation>
    </message>
    <message>
        <source>The files of the record entry could not be deleted: it has no valid id.</source>
        <translation>Die Dateien des Eintrags konnten nicht gelöscht werden: er hat keine gültige Kennung.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; KI-Widerspruch does not delete what it leads to.</source>
        <translation>%1 ist ein symbolischer Link; KI-Widerspruch löscht nicht, worauf er zeigt.</translation>
    </message>
    <message>
        <source>%1 is not a folder of KI-Widerspruch&apos;s own; it was not deleted.</source>
        <translation>%1 ist kein eigener Ordner von KI-Widerspruch; er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The files in %1 could not all be deleted.</source>
        <translation>Die Dateien in %1 konnten nicht alle gelöscht werden.</translation>
    </message>
    <message>
        <source>Copying %1 was cancelled; it was not kept.</source>
        <translation>Das Kopieren von %1 wurde abgebrochen; die Datei wurde nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>AuthorisingPersonsBox</name>
    <message>
        <source>People who authorised us to object for them</source>
        <translation>Personen, die uns mit ihrem Widerspruch bevollmächtigt haben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Shown or named in (optional)</source>
        <translation>Zu sehen oder genannt in (optional)</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjährig</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Only people who signed a power of attorney for your organisation are named in the letter, each objecting in their own name (Art. 21 GDPR). Print the form for each person, have it signed, and enter the date it was signed (e.g. 01.12.2026). Leave the list empty to object for your organisation only.</source>
        <translation>Im Brief werden nur Personen genannt, die Ihrer Organisation eine Vollmacht unterschrieben haben; sie widersprechen jeweils im eigenen Namen (Art. 21 DSGVO). Drucken Sie für jede Person die Vollmacht, lassen Sie sie unterschreiben und tragen Sie das Datum der Unterschrift ein (z. B. 01.12.2026). Lassen Sie die Liste leer, wenn nur Ihre Organisation widerspricht.</translation>
    </message>
    <message>
        <source>Row %1 has no name. Enter the name or remove the row.</source>
        <translation>Zeile %1 hat keinen Namen. Bitte tragen Sie den Namen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>%1 has no valid date of the signed power of attorney (e.g. 01.12.2026). Without it the person cannot be named; enter the date or remove the row.</source>
        <translation>Für %1 fehlt ein gültiges Datum der unterschriebenen Vollmacht (z. B. 01.12.2026). Ohne dieses Datum kann die Person nicht genannt werden; bitte tragen Sie es ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The power of attorney of %1 was signed after the date of the letter (%2). A letter can name only people who had signed by its date; change the letter&apos;s date or the row.</source>
        <translation>Die Vollmacht von %1 wurde nach dem Datum des Briefs (%2) unterschrieben. Ein Brief kann nur Personen nennen, die bis zu seinem Datum unterschrieben haben; bitte ändern Sie das Datum des Briefs oder die Zeile.</translation>
    </message>
    <message>
        <source>The power of attorney of %1 is dated in the future. Enter the day it was signed.</source>
        <translation>Die Vollmacht von %1 ist in der Zukunft datiert. Bitte tragen Sie den Tag der Unterschrift ein.</translation>
    </message>
    <message>
        <source>The revocation date of %1 is not a date (e.g. 01.12.2026).</source>
        <translation>Das Widerrufsdatum von %1 ist kein Datum (z. B. 01.12.2026).</translation>
    </message>
    <message>
        <source>Save power of attorney as PDF</source>
        <translation>Vollmacht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The revocation of %1 is dated before the power of attorney was signed or in the future. Enter the day it was revoked.</source>
        <translation>Der Widerruf von %1 ist vor der Unterschrift der Vollmacht oder in der Zukunft datiert. Bitte tragen Sie den Tag des Widerrufs ein.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Power of attorney as &amp;PDF …</source>
        <translation>Vollm&amp;acht als PDF …</translation>
    </message>
</context>
<context>
    <name>BrowserFailedDialog</name>
    <message>
        <source>Browser not started</source>
        <translation>Browser nicht gestartet</translation>
    </message>
    <message>
        <source>No web browser could be started for this address. Copy it and open it in your browser yourself:</source>
        <translation>Für diese Adresse konnte kein Webbrowser gestartet werden. Kopieren Sie sie und öffnen Sie sie selbst in Ihrem Browser:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The address is on the clipboard. Paste it into your browser&apos;s address bar with Ctrl+V.</source>
        <translation>Die Adresse ist in der Zwischenablage. Fügen Sie sie mit Strg+V in die Adresszeile Ihres Browsers ein.</translation>
    </message>
</context>
<context>
    <name>CharacterLimitValidator</name>
    <message>
        <source>This field holds at most %1 characters; what went beyond was not taken.</source>
        <translation>Dieses Feld fasst höchstens %1 Zeichen; was darüber hinausging, wurde nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>Have these at hand. You can tick them off as you go.</source>
        <translation>Halten Sie Folgendes bereit. Sie können die Punkte abhaken.</translation>
    </message>
    <message>
        <source>The name and postal address of your organisation</source>
        <translation>Name und Postanschrift Ihrer Organisation</translation>
    </message>
    <message>
        <source>Access to each account and the account&apos;s e-mail address</source>
        <translation>Zugang zu jedem Konto und dessen E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A contact person for Meta&apos;s answer, e.g. your data-protection officer</source>
        <translation>Eine Ansprechperson für Metas Antwort, z. B. die oder den Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>&amp;Remember my entries on this computer</source>
        <translation>Eingaben auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Delete stored entries …</source>
        <translation>Gespeicherte Eingaben &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete stored entries</source>
        <translation>Gespeicherte Eingaben löschen</translation>
    </message>
    <message>
        <source>Delete everything KI-Widerspruch keeps in its settings on this computer, including the remembered entries? What is in the wizard now stays until you close it. The record of objections is not affected.</source>
        <translation>Alles löschen, was KI-Widerspruch in seinen Einstellungen auf diesem Computer speichert, auch die gemerkten Eingaben? Was jetzt im Assistenten steht, bleibt bis zum Schließen erhalten. Die Nachweise der Widersprüche bleiben unberührt.</translation>
    </message>
    <message>
        <source>The stored entries were deleted. Nothing is remembered until you tick “Remember my entries” again.</source>
        <translation>Die gespeicherten Eingaben wurden gelöscht. Es wird nichts gemerkt, bis Sie „Eingaben merken“ wieder ankreuzen.</translation>
    </message>
    <message>
        <source>Who signs the letter (for an authority: its head or an authorised official), and your reference if you use one</source>
        <translation>Wer den Brief unterschreibt (bei einer Behörde: die Leitung oder eine beauftragte Person) und Ihr Aktenzeichen (im Brief „Unser Zeichen“), falls Sie eines verwenden</translation>
    </message>
    <message>
        <source>the program&apos;s settings</source>
        <translation>den Einstellungen des Programms</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing you type is kept after you close the program unless you tick “Remember my entries on this computer” below or save a profile. Remembered are the organisation, contact person, e-mail address, telephone, accounts and letter options, unencrypted, in %1, until you delete them here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach dem Schließen bleibt nichts von Ihren Eingaben, außer Sie kreuzen unten „Eingaben auf diesem Computer merken“ an oder speichern ein Profil. Gemerkt werden Organisation, Ansprechperson, E-Mail-Adresse, Telefon, Konten und Briefoptionen, unverschlüsselt in %1, bis Sie sie hier löschen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The personal profiles of the admins: Meta&apos;s online form covers the profile that is logged in when it is sent, so each admin objects for their own profile as well</source>
        <translation>Die persönlichen Profile der Admins: Metas Onlineformular gilt für das Profil, das beim Absenden angemeldet ist; jede Person mit Admin-Rechten widerspricht also auch für ihr eigenes Profil</translation>
    </message>
    <message>
        <source>Which accounts are linked in Meta&apos;s Accounts Center: one objection may cover them together, but to be safe object for each and record it</source>
        <translation>Welche Konten in Metas Kontenübersicht verknüpft sind: Ein Widerspruch kann sie gemeinsam erfassen; sicherer ist es, für jedes zu widersprechen und es einzutragen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything you enter stays on this computer. The wizard works offline and only opens Meta&apos;s pages in your browser when you ask it to. The ticks in the list above are kept in the program&apos;s settings, so it shows what is done next time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles, was Sie eingeben, bleibt auf diesem Computer. Der Assistent arbeitet offline und öffnet Metas Seiten nur dann im Browser, wenn Sie darum bitten. Die Häkchen in der Liste oben werden in den Einstellungen des Programms gespeichert, damit sie beim nächsten Mal zeigt, was erledigt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;When you record an objection as sent, the record (organisation, accounts with their login e-mails, who sent it, the text) is kept in %1 until you delete the entry under “Record of objections”. Files you attach to it as evidence (Meta&apos;s e-mails, screenshots) are copied into %2 and deleted with the entry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie einen Widerspruch als gesendet eintragen, bleibt der Nachweis (Organisation, Konten mit ihren Anmelde-E-Mails, wer gesendet hat, der Text) in %1, bis Sie den Eintrag unter „Nachweise“ löschen. Dateien, die Sie als Beleg anhängen (E-Mails von Meta, Bildschirmfotos), werden nach %2 kopiert und mit dem Eintrag gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A list of all Facebook Pages and Instagram accounts with their addresses: the letter names each of them, and Meta&apos;s online form is sent once for each account</source>
        <translation>Eine Liste aller Facebook-Seiten und Instagram-Konten mit ihren Adressen: Der Brief nennt jedes davon, und Metas Onlineformular wird für jedes Konto einzeln gesendet</translation>
    </message>
</context>
<context>
    <name>CommandLineExport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n Brief nach %1 geschrieben.</numerusform>
            <numerusform>%n Briefe nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter for %1 could not be made.</source>
        <translation>Der Brief für %1 konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it was left alone and the letter is written under another name.</source>
        <translation>%1 ist eine symbolische Verknüpfung; sie bleibt unberührt, und der Brief wird unter einem anderen Namen geschrieben.</translation>
    </message>
    <message>
        <source>No free file name for %1 in the folder.</source>
        <translation>Im Ordner ist kein freier Dateiname für %1 mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n letter(s) written to %2.</source>
        <translation>
            <numerusform>%1 von %n Brief nach %2 geschrieben.</numerusform>
            <numerusform>%1 von %n Briefen nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no entry of %2 in the record needs a follow-up letter on %3.</source>
        <translation>%1: Kein Eintrag von %2 in den Nachweisen braucht am %3 ein Erinnerungsschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up letter(s) written to %1.</source>
        <translation>
            <numerusform>%n Erinnerungsschreiben in %1 geschrieben.</numerusform>
            <numerusform>%n Erinnerungsschreiben in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of objections could not be read: %1</source>
        <translation>Die Nachweise konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n follow-up letter(s) written to %2.</source>
        <translation>
            <numerusform>%1 von %n Nachfassschreiben in %2 geschrieben.</numerusform>
            <numerusform>%1 von %n Nachfassschreiben in %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the entry of %2 was recorded by an earlier version, which did not keep what was sent; sender, signatory and persons are taken from the profile.</source>
        <translation>%1: Der Eintrag vom %2 stammt von einer früheren Version, die nicht festhielt, was gesendet wurde; Absender, Unterzeichnung und Personen werden aus dem Profil übernommen.</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Profile to use (docs/profile-format.md). Several for --out-dir.</source>
        <translation>Zu verwendendes Profil (docs/profile-format.md). Mehrere für --out-dir.</translation>
    </message>
    <message>
        <source>Write the letter as PDF to this file, without a window.</source>
        <translation>Den Brief ohne Fenster als PDF in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the text for Meta&apos;s online form to this file (&quot;-&quot; for the standard output).</source>
        <translation>Den Text für Metas Onlineformular in diese Datei schreiben („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write one PDF and one text file per profile into this folder.</source>
        <translation>Je Profil ein PDF und eine Textdatei in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Language of the letter: de or en (default: as in the profile).</source>
        <translation>Sprache des Briefs: de oder en (Standard: wie im Profil).</translation>
    </message>
    <message>
        <source>Date of the letter, YYYY-MM-DD (default: today). The same profile and date give byte-for-byte the same files.</source>
        <translation>Datum des Briefs, JJJJ-MM-TT (Standard: heute). Gleiches Profil und gleiches Datum ergeben Byte für Byte gleiche Dateien.</translation>
    </message>
    <message>
        <source>Language of the program and its messages: de or en.</source>
        <translation>Sprache des Programms und seiner Meldungen: de oder en.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Profiles are given with --profile.</source>
        <translation>Unerwartetes Argument „%1“. Profile werden mit --profile angegeben.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use --lang de or --lang en.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie --lang de oder --lang en.</translation>
    </message>
    <message>
        <source>Unknown letter language “%1”: use --letter-lang de or --letter-lang en.</source>
        <translation>Unbekannte Briefsprache „%1“: Verwenden Sie --letter-lang de oder --letter-lang en.</translation>
    </message>
    <message>
        <source>--out-dir writes its own files; use it without --pdf and --text.</source>
        <translation>--out-dir schreibt eigene Dateien; verwenden Sie es ohne --pdf und --text.</translation>
    </message>
    <message>
        <source>Exporting needs a profile: --profile FILE.</source>
        <translation>Zum Exportieren braucht es ein Profil: --profile DATEI.</translation>
    </message>
    <message>
        <source>Several profiles can only be exported together with --out-dir.</source>
        <translation>Mehrere Profile lassen sich nur zusammen mit --out-dir exportieren.</translation>
    </message>
    <message>
        <source>--letter-lang and --date go with --pdf, --text or --out-dir.</source>
        <translation>--letter-lang und --date gehören zu --pdf, --text oder --out-dir.</translation>
    </message>
    <message>
        <source>See: ki-widerspruch --help</source>
        <translation>Siehe: ki-widerspruch --help</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>--%1 was given an empty value.</source>
        <translation>--%1 hat einen leeren Wert.</translation>
    </message>
    <message>
        <source>--pdf and --text name the same file (%1); each needs a file of its own. Nothing was written.</source>
        <translation>--pdf und --text nennen dieselbe Datei (%1); jede Ausgabe braucht eine eigene Datei. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>--%1 would write over the profile %2. Please choose another file name; nothing was written.</source>
        <translation>--%1 würde das Profil %2 überschreiben. Bitte wählen Sie einen anderen Dateinamen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 2000 and 2999: use --date YYYY-MM-DD, e.g. --date 2026-11-29.</source>
        <translation>„%1“ ist kein Datum zwischen 2000 und 2999: Verwenden Sie --date JJJJ-MM-TT, z. B. --date 2026-11-29.</translation>
    </message>
    <message>
        <source>--follow-ups writes into a folder: use it with --out-dir.</source>
        <translation>--follow-ups schreibt in einen Ordner: Verwenden Sie es mit --out-dir.</translation>
    </message>
    <message>
        <source>--record goes with --follow-ups.</source>
        <translation>--record gehört zu --follow-ups.</translation>
    </message>
    <message>
        <source>Instead of the objection, write the follow-up letter to Meta for each entry of the profile&apos;s organisation in the record without an answer after a month (as of --date).</source>
        <translation>Statt des Widerspruchs das Erinnerungsschreiben an Meta schreiben, für jeden Eintrag der Organisation des Profils in den Nachweisen ohne Antwort nach einem Monat (Stand --date).</translation>
    </message>
    <message>
        <source>Object to Meta&apos;s AI training as an organisation.

Without options the wizard starts. With --pdf, --text or --out-dir the letter is written without any window, also on servers without a display.
Exit codes: 0 done, 2 wrong usage, 3 a profile or the record could not be read or a profile lacks what the letter needs, 4 a file could not be written.</source>
        <translation>Widerspruch gegen Metas KI-Training für Organisationen.

Ohne Optionen startet der Assistent. Mit --pdf, --text oder --out-dir wird der Brief ohne Fenster geschrieben, auch auf Servern ohne Bildschirm.
Rückgabewerte: 0 erledigt, 2 falscher Aufruf, 3 ein Profil oder die Nachweisdatei konnte nicht gelesen werden oder einem Profil fehlt etwas, das der Brief braucht, 4 eine Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no day “%1” in the calendar: check the month and the day (--date YYYY-MM-DD).</source>
        <translation>Einen Tag „%1“ gibt es im Kalender nicht: Prüfen Sie Monat und Tag (--date JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Record for --follow-ups: an exported folder or a record file of format 1 to 3 (docs/record-format.md), by default the program&apos;s own database. Only read.</source>
        <translation>Nachweise für --follow-ups: ein exportierter Ordner oder eine Nachweisdatei der Formate 1 bis 3 (docs/record-format.md), sonst die Datenbank des Programms. Nur gelesen.</translation>
    </message>
    <message>
        <source>Open the record of objections at this entry (the id a calendar reminder names). If the program is running already, its open window shows it instead of a second one.</source>
        <translation>Die Nachweise bei diesem Eintrag öffnen (die Kennung, die eine Kalendererinnerung nennt). Läuft das Programm schon, zeigt sein offenes Fenster den Eintrag, statt dass ein zweites aufgeht.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>A link ki-widerspruch://record/ID, as a calendar reminder carries it: the same as --record-entry ID.</source>
        <translation>Ein Link ki-widerspruch://record/KENNUNG, wie ihn eine Kalendererinnerung enthält: dasselbe wie --record-entry KENNUNG.</translation>
    </message>
    <message>
        <source>--record-entry and a link open the wizard; they do not go with --pdf, --text or --out-dir.</source>
        <translation>--record-entry und ein Link öffnen den Assistenten; sie passen nicht zu --pdf, --text oder --out-dir.</translation>
    </message>
    <message>
        <source>Only one link can be opened at a time; nothing was opened.</source>
        <translation>Es lässt sich nur ein Link auf einmal öffnen; nichts wurde geöffnet.</translation>
    </message>
    <message>
        <source>Give one record entry: either --record-entry ID or one link.</source>
        <translation>Geben Sie einen Eintrag an: entweder --record-entry KENNUNG oder einen Link.</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Meta&apos;s confirmation</source>
        <translation>Bestätigung von Meta</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <source>Meta&apos;s re&amp;ference</source>
        <translation>&amp;Zeichen von Meta</translation>
    </message>
    <message>
        <source>&amp;Note (e.g. where the e-mail is filed)</source>
        <translation>&amp;Notiz (z. B. wo die E-Mail abgelegt ist)</translation>
    </message>
    <message>
        <source>Accounts Meta confirmed</source>
        <translation>Von Meta bestätigte Konten</translation>
    </message>
    <message>
        <source>Record the confirmation Meta sent for the objection of %1. Tick the accounts it confirms.</source>
        <translation>Tragen Sie die Bestätigung ein, die Meta zum Widerspruch vom %1 geschickt hat. Kreuzen Sie die Konten an, die sie bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Please tick at least one account Meta confirmed.</source>
        <translation>Bitte kreuzen Sie mindestens ein Konto an, das Meta bestätigt hat.</translation>
    </message>
    <message>
        <source>E-mail “%1” of %2, kept as evidence with the entry.</source>
        <translation>E-Mail „%1“ vom %2, als Beleg beim Eintrag aufbewahrt.</translation>
    </message>
    <message>
        <source>%1, kept as evidence with the entry.</source>
        <translation>%1, als Beleg beim Eintrag aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>five digits</source>
        <translation>fünf Ziffern</translation>
    </message>
    <message>
        <source>four digits</source>
        <translation>vier Ziffern</translation>
    </message>
    <message>
        <source>four digits and two letters</source>
        <translation>vier Ziffern und zwei Buchstaben</translation>
    </message>
    <message>
        <source>two digits, a hyphen and three digits</source>
        <translation>zwei Ziffern, einen Bindestrich und drei Ziffern</translation>
    </message>
    <message>
        <source>The postcode “%1” does not fit the country “%2”: postcodes there have %3 (e.g. %4). The letter is written as it is; please check the postcode.</source>
        <translation>Die Postleitzahl „%1“ passt nicht zum Land „%2“: Postleitzahlen haben dort %3 (z. B. %4). Der Brief wird so geschrieben; bitte prüfen Sie die Postleitzahl.</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>No display was found, so the wizard cannot open a window. Start it on a desktop, or write the letter without a window: ki-widerspruch --profile FILE --pdf LETTER.pdf (see ki-widerspruch --help).</source>
        <translation>Es wurde kein Bildschirm gefunden, daher kann der Assistent kein Fenster öffnen. Starten Sie ihn auf einem Desktop, oder schreiben Sie den Brief ohne Fenster: ki-widerspruch --profile DATEI --pdf BRIEF.pdf (siehe ki-widerspruch --help).</translation>
    </message>
</context>
<context>
    <name>DocumentationPdfWriter</name>
    <message>
        <source>Meta&apos;s online form</source>
        <translation>Onlineformular von Meta</translation>
    </message>
    <message>
        <source>Letter by post</source>
        <translation>Brief per Post</translation>
    </message>
    <message>
        <source>Online form and letter</source>
        <translation>Onlineformular und Brief</translation>
    </message>
    <message>
        <source>Objection made, answer pending</source>
        <translation>Widerspruch eingelegt, Antwort steht aus</translation>
    </message>
    <message>
        <source>No answer after one month</source>
        <translation>Nach einem Monat keine Antwort</translation>
    </message>
    <message>
        <source>Confirmed by Meta</source>
        <translation>Bestätigt von Meta</translation>
    </message>
    <message>
        <source>Record of an objection to Meta&apos;s AI training</source>
        <translation>Nachweis eines Widerspruchs gegen Metas KI-Training</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Kennung des Eintrags</translation>
    </message>
    <message>
        <source>Text that was sent</source>
        <translation>Gesendeter Text</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Written again, answer pending</source>
        <translation>Erneut geschrieben, Antwort steht aus</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>confirmed by Meta on %1</source>
        <translation>von Meta bestätigt am %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>Zeichen %1</translation>
    </message>
    <message>
        <source>Online form sent while logged in as</source>
        <translation>Onlineformular gesendet, angemeldet als</translation>
    </message>
    <message>
        <source>Written to Meta again on</source>
        <translation>Erneut an Meta geschrieben am</translation>
    </message>
    <message>
        <source>Supervisory authority informed on</source>
        <translation>Aufsichtsbehörde informiert am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Evidence kept with the record</source>
        <translation>Zum Nachweis aufbewahrte Belege</translation>
    </message>
    <message>
        <source>Added on %1, %2 bytes</source>
        <translation>Hinzugefügt am %1, %2 Byte</translation>
    </message>
    <message>
        <source>E-mail from %1</source>
        <translation>E-Mail von %1</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>gesendet am %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Text of the e-mail “%1”</source>
        <translation>Text der E-Mail „%1“</translation>
    </message>
    <message>
        <source>Copies in the program&apos;s data folder, each checked on %1 against the SHA-256 checksum noted when it was added.</source>
        <translation>Kopien im Datenordner des Programms, jede am %1 mit der SHA-256-Prüfsumme verglichen, die beim Hinzufügen notiert wurde.</translation>
    </message>
    <message>
        <source>Copies in the program&apos;s data folder; the SHA-256 checksum noted when each was added identifies it.</source>
        <translation>Kopien im Datenordner des Programms; die beim Hinzufügen notierte SHA-256-Prüfsumme kennzeichnet jede.</translation>
    </message>
    <message>
        <source>Unchanged since it was added.</source>
        <translation>Seit dem Hinzufügen unverändert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Achtung: %1</translation>
    </message>
    <message>
        <source>Irish Data Protection Commission</source>
        <translation>Irische Data Protection Commission</translation>
    </message>
    <message>
        <source>HmbBfDI</source>
        <translation>HmbBfDI</translation>
    </message>
    <message>
        <source>CEST</source>
        <translation>MESZ</translation>
    </message>
    <message>
        <source>CET</source>
        <translation>MEZ</translation>
    </message>
    <message>
        <source>The organisation&apos;s objection to the use of the content of its accounts for Meta&apos;s AI training. This record documents its diligence towards the people in its content.</source>
        <translation>Widerspruch der Organisation gegen die Verwendung der Inhalte ihrer Konten für das KI-Training von Meta. Dieser Nachweis dokumentiert ihre Sorgfalt gegenüber den Menschen in ihren Inhalten.</translation>
    </message>
    <message>
        <source>The organisation&apos;s objection to the use of the content of its accounts for Meta&apos;s AI training, with the objections of the persons named below under Art. 21 GDPR. This record documents its diligence towards the people in its content.</source>
        <translation>Widerspruch der Organisation gegen die Verwendung der Inhalte ihrer Konten für das KI-Training von Meta, zugleich die Widersprüche der unten genannten Personen nach Art. 21 DSGVO. Dieser Nachweis dokumentiert ihre Sorgfalt gegenüber den Menschen in ihren Inhalten.</translation>
    </message>
    <message>
        <source>power of attorney signed on %1</source>
        <translation>Vollmacht unterzeichnet am %1</translation>
    </message>
    <message>
        <source>Persons who objected through the organisation</source>
        <translation>Personen, die über die Organisation widersprochen haben</translation>
    </message>
    <message>
        <source>Answer requested by</source>
        <translation>Antwort erbeten bis</translation>
    </message>
    <message>
        <source>the organisation&apos;s own supervisory authority</source>
        <translation>eigene Aufsichtsbehörde der Organisation</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Vorgangs-Nr.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done – and what comes next</source>
        <translation>Geschafft – und so geht es weiter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die nächsten Schritte:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If the e-mail address of an account changes, object again.</source>
        <translation>Ändert sich die E-Mail-Adresse eines Kontos, widersprechen Sie erneut.</translation>
    </message>
    <message>
        <source>Send the letter by post, ideally by registered mail, and file a copy together with the date you sent it.</source>
        <translation>Schicken Sie den Brief per Post, am besten per Einschreiben, und legen Sie eine Kopie mit dem Versanddatum zu Ihren Unterlagen.</translation>
    </message>
    <message>
        <source>Record what you sent under “Record of objections”, add Meta&apos;s confirmation when it comes, and keep the documentation PDF with your files.</source>
        <translation>Tragen Sie unter „Nachweise“ ein, was Sie gesendet haben, ergänzen Sie Metas Bestätigung, sobald sie kommt, und legen Sie das Dokumentations-PDF zu Ihren Unterlagen.</translation>
    </message>
    <message>
        <source>What to do after sending, and what to tell your followers.</source>
        <translation>Was nach dem Absenden zu tun ist und was Sie Ihren Followern sagen können.</translation>
    </message>
    <message>
        <source>Visitors&apos; comments and pictures are covered only if those people object themselves. Post this short text on your pages, and add the paragraph to the privacy notice of your social-media presence.</source>
        <translation>Kommentare und Bilder von Besucherinnen und Besuchern sind nur erfasst, wenn diese selbst widersprechen. Veröffentlichen Sie diesen kurzen Text auf Ihren Seiten und nehmen Sie den Absatz in die Datenschutzhinweise Ihres Social-Media-Auftritts auf.</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>Sprach&amp;e der Texte:</translation>
    </message>
    <message>
        <source>Copy te&amp;xt for followers</source>
        <translation>Te&amp;xt für Follower kopieren</translation>
    </message>
    <message>
        <source>Copy paragraph for the privacy &amp;notice</source>
        <translation>Absatz für die &amp;Datenschutzhinweise kopieren</translation>
    </message>
    <message>
        <source>For your followers and your privacy notice</source>
        <translation>Für Ihre Follower und Ihre Datenschutzhinweise</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>The paragraph for the privacy notice is on the clipboard.</source>
        <translation>Der Absatz für die Datenschutzhinweise ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The text for your followers is on the clipboard.</source>
        <translation>Der Text für Ihre Follower ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved as PDF&lt;/b&gt; in this session. Go back to save or print it.</source>
        <translation>&lt;b&gt;Nicht als PDF gespeichert&lt;/b&gt; in dieser Sitzung. Gehen Sie zurück, um den Brief zu speichern oder zu drucken.</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Als PDF gespeichert: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Not printed in this session.</source>
        <translation>In dieser Sitzung nicht gedruckt.</translation>
    </message>
    <message>
        <source>The text for Meta&apos;s online form was copied.</source>
        <translation>Der Text für Metas Onlineformular wurde kopiert.</translation>
    </message>
    <message>
        <source>The text for Meta&apos;s online form was not copied.</source>
        <translation>Der Text für Metas Onlineformular wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>Entered in the record of objections.</source>
        <translation>In den Nachweisen eingetragen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entered in the record of objections yet.&lt;/b&gt; Once it is sent, use “Record as sent” on the previous page.</source>
        <translation>&lt;b&gt;Noch nicht in den Nachweisen eingetragen.&lt;/b&gt; Sobald der Widerspruch gesendet ist, nutzen Sie „Als gesendet eintragen“ auf der vorigen Seite.</translation>
    </message>
    <message>
        <source>No calendar reminder saved.</source>
        <translation>Keine Kalender-Erinnerung gespeichert.</translation>
    </message>
    <message>
        <source>Calendar reminder saved: %1</source>
        <translation>Kalender-Erinnerung gespeichert: %1</translation>
    </message>
    <message>
        <source>Your entries are not saved as a profile (“Save profile …”).</source>
        <translation>Ihre Eingaben sind nicht als Profil gespeichert („Profil speichern …“).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you did:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie getan haben:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages and accounts in the letter (%1): %2.</source>
        <translation>Seiten und Konten im Brief (%1): %2.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Profile (opened or saved last): %1</source>
        <translation>Profil (zuletzt geöffnet oder gespeichert): %1</translation>
    </message>
    <message>
        <source>Every account in the letter has a recorded objection.</source>
        <translation>Für jedes Konto im Brief ist ein Widerspruch eingetragen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without a recorded objection (%1):&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Ohne eingetragenen Widerspruch (%1):&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>For the objections of the people named in the letter Meta must act without undue delay and within one month, extendable by two further months if it says so within the first month (Art. 12(3) GDPR); for your organisation&apos;s own demand the letter asks Meta to answer within that month.</source>
        <translation>Für die Widersprüche der im Brief genannten Personen muss Meta unverzüglich und innerhalb eines Monats tätig werden, um zwei weitere Monate verlängerbar, wenn Meta das innerhalb des ersten Monats mitteilt (Art. 12 Abs. 3 DSGVO); für die eigene Bitte Ihrer Organisation bittet der Brief Meta, innerhalb dieses Monats zu antworten.</translation>
    </message>
    <message>
        <source>If nothing has come after a month: write again and keep both letters with the record. You can also inform Meta&apos;s lead supervisory authority, the Irish Data Protection Commission, the HmbBfDI, which conducts proceedings concerning Meta in Germany, or your own supervisory authority. A complaint under Art. 77 GDPR is a right of the people concerned; an organisation sends information.</source>
        <translation>Kommt nach einem Monat nichts: erneut schreiben und beide Briefe beim Nachweis aufbewahren. Sie können außerdem die für Meta federführende Aufsichtsbehörde informieren, die irische Data Protection Commission, den HmbBfDI, der Verfahren zu Meta in Deutschland führt, oder Ihre eigene Aufsichtsbehörde. Eine Beschwerde nach Art. 77 DSGVO ist ein Recht der betroffenen Personen; eine Organisation sendet eine Information.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The saved PDF is no longer the letter:&lt;/b&gt; an entry was changed after it was saved. Go back to “Preview and send” and save it again with “Save as PDF …”.</source>
        <translation>&lt;b&gt;Das gespeicherte PDF ist nicht mehr der Brief:&lt;/b&gt; Nach dem Speichern wurde eine Eingabe geändert. Gehen Sie zurück zu „Vorschau und Versand“ und speichern Sie ihn mit „Als PDF speichern …“ erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The printout is no longer the letter:&lt;/b&gt; an entry was changed after it was printed. Go back to “Preview and send” and print it again before you send it.</source>
        <translation>&lt;b&gt;Der Ausdruck ist nicht mehr der Brief:&lt;/b&gt; Nach dem Drucken wurde eine Eingabe geändert. Gehen Sie zurück zu „Vorschau und Versand“ und drucken Sie ihn erneut, bevor Sie ihn senden.</translation>
    </message>
    <message>
        <source>Send the text through Meta&apos;s online form for each Instagram account and for your own personal profile, and keep Meta&apos;s confirmation e-mail.</source>
        <translation>Schicken Sie den Text für jedes Instagram-Konto und für Ihr eigenes persönliches Profil über Metas Onlineformular ab und bewahren Sie die Bestätigungs-E-Mail von Meta auf.</translation>
    </message>
    <message>
        <source>An online form covers one account; accounts linked in Meta&apos;s Accounts Center can be covered together. A Facebook Page is covered by the letter: the form, sent while logged in with your personal account, may cover only your own profile.</source>
        <translation>Ein Onlineformular gilt für ein Konto; in Metas Kontenübersicht verknüpfte Konten können gemeinsam erfasst werden. Eine Facebook-Seite deckt der Brief ab: Das Formular, mit Ihrem persönlichen Konto angemeldet gesendet, erfasst womöglich nur Ihr eigenes Profil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The copied text is no longer the letter:&lt;/b&gt; an entry was changed after it was copied. Go back to “Preview and send” and copy it again before you paste it into Meta&apos;s form.</source>
        <translation>&lt;b&gt;Der kopierte Text ist nicht mehr der Brief:&lt;/b&gt; Nach dem Kopieren wurde eine Eingabe geändert. Gehen Sie zurück zu „Vorschau und Versand“ und kopieren Sie ihn erneut, bevor Sie ihn in Metas Formular einfügen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The record holds the letter as it was recorded:&lt;/b&gt; an entry was changed afterwards. If you send the changed letter, record it as sent again.</source>
        <translation>&lt;b&gt;Die Nachweise enthalten den Brief, wie er eingetragen wurde:&lt;/b&gt; Danach wurde eine Eingabe geändert. Wenn Sie den geänderten Brief senden, tragen Sie ihn erneut als gesendet ein.</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>Checking the files kept as evidence …</source>
        <translation>Die aufbewahrten Belege werden geprüft …</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Evidence kept with the entry</source>
        <translation>Zum Eintrag aufbewahrte Belege</translation>
    </message>
    <message>
        <source>E&amp;vidence kept with the entry (drop files here):</source>
        <translation>Belege zum Eintrag (Dateien hierher &amp;ziehen):</translation>
    </message>
    <message>
        <source>Select an entry to see or add its evidence.</source>
        <translation>Wählen Sie einen Eintrag, um seine Belege zu sehen oder hinzuzufügen.</translation>
    </message>
    <message>
        <source>Nothing attached yet. Attach Meta&apos;s confirmation e-mail (.eml or .msg, saved from your mail program) or a screenshot.</source>
        <translation>Noch nichts angehängt. Hängen Sie Metas Bestätigungs-E-Mail an (.eml oder .msg, aus Ihrem E-Mail-Programm gespeichert) oder ein Bildschirmfoto.</translation>
    </message>
    <message>
        <source>e-mail from %1 of %2: %3</source>
        <translation>E-Mail von %1 vom %2: %3</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>E-mails, pictures and PDFs (*.eml *.msg *.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>E-Mails, Bilder und PDFs (*.eml *.msg *.png *.jpg *.jpeg *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chec&amp;k files</source>
        <translation>Dateien &amp;prüfen</translation>
    </message>
    <message>
        <source>Compares each kept copy with the SHA-256 checksum it had when it was added.</source>
        <translation>Vergleicht jede aufbewahrte Kopie mit der SHA-256-Prüfsumme, die sie beim Hinzufügen hatte.</translation>
    </message>
    <message>
        <source>SHA-256 %1…, not checked yet</source>
        <translation>SHA-256 %1…, noch nicht geprüft</translation>
    </message>
    <message>
        <source>SHA-256 %1…, unchanged when checked at %2</source>
        <translation>SHA-256 %1…, bei der Prüfung am %2 unverändert</translation>
    </message>
    <message>
        <source>%1 (checked at %2)</source>
        <translation>%1 (geprüft am %2)</translation>
    </message>
    <message>
        <source>Attac&amp;h e-mail or file …</source>
        <translation>E-Mail oder Datei &amp;anhängen …</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>it is not a file on a drive but a device, a pipe or a socket</source>
        <translation>Es ist keine Datei auf einem Datenträger, sondern ein Gerät, eine Pipe oder ein Socket</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>Sie ist nicht vorhanden</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>Der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>Es ist ein Ordner</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>Ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>its symbolic links lead in a circle</source>
        <translation>Die symbolischen Verknüpfungen führen im Kreis</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>Der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the drive reported a read or write error</source>
        <translation>Der Datenträger meldet einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>Es sind zu viele Dateien geöffnet</translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation>Das Programm, das die Ausgabe liest, wurde beendet</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>Sie ist geschlossen</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>Systemfehler %1</translation>
    </message>
    <message>
        <source>no program reads from it and no device is connected to it</source>
        <translation>Kein Programm liest daraus, und kein Gerät ist daran angeschlossen</translation>
    </message>
    <message>
        <source>it is not an ordinary file that can be copied, but one the system makes up as it is read</source>
        <translation>sie ist keine gewöhnliche Datei, die sich kopieren lässt, sondern eine, die das System erst beim Lesen erzeugt</translation>
    </message>
    <message>
        <source>your storage quota on the drive is used up</source>
        <translation>Ihr Speicherkontingent auf dem Datenträger ist ausgeschöpft</translation>
    </message>
    <message>
        <source>the drive or folder is read-only</source>
        <translation>Der Datenträger oder Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the name is one Windows keeps for a device (such as CON, NUL, COM1 or LPT1, also with an extension, like nul.txt)</source>
        <translation>Der Name ist unter Windows einem Gerät vorbehalten (etwa CON, NUL, COM1 oder LPT1, auch mit Endung wie nul.txt)</translation>
    </message>
    <message>
        <source>another program has it open and does not let others use it</source>
        <translation>Ein anderes Programm hat die Datei geöffnet und lässt keinen Zugriff zu</translation>
    </message>
    <message>
        <source>the drive is not ready (a stick or disc taken out?)</source>
        <translation>Der Datenträger ist nicht bereit (wurde ein Stick oder eine CD entfernt?)</translation>
    </message>
    <message>
        <source>the name has characters Windows does not allow in file names (such as : * ? &quot; &lt; &gt; |)</source>
        <translation>Der Name enthält Zeichen, die Windows in Dateinamen nicht erlaubt (etwa : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>the network drive cannot be reached</source>
        <translation>Das Netzlaufwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the virus scanner blocked it</source>
        <translation>Der Virenscanner hat den Zugriff gesperrt</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>Windows-Fehler %1</translation>
    </message>
    <message>
        <source>Windows error %1: %2</source>
        <translation>Windows-Fehler %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPreviewDialog</name>
    <message>
        <source>Follow-up letter to Meta</source>
        <translation>Erinnerungsschreiben an Meta</translation>
    </message>
    <message>
        <source>Notice to the supervisory authority</source>
        <translation>Information an die Aufsichtsbehörde</translation>
    </message>
    <message numerus="yes">
        <source>The letter refers to your objection of %1, as it was sent, and names the %n account(s) Meta has not confirmed; accounts already confirmed are named as confirmed.</source>
        <translation>
            <numerusform>Das Schreiben bezieht sich auf Ihren Widerspruch vom %1, so wie er gesendet wurde, und nennt das %n Konto, das Meta nicht bestätigt hat; bereits bestätigte Konten werden als bestätigt genannt.</numerusform>
            <numerusform>Das Schreiben bezieht sich auf Ihren Widerspruch vom %1, so wie er gesendet wurde, und nennt die %n Konten, die Meta nicht bestätigt hat; bereits bestätigte Konten werden als bestätigt genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice refers to your objection of %1 and to what Meta answered, account by account. The documentation PDF goes with it as its enclosure.</source>
        <translation>Die Information bezieht sich auf Ihren Widerspruch vom %1 und darauf, was Meta je Konto geantwortet hat. Das Nachweis-PDF liegt ihr als Anlage bei.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF …</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>the Irish Data Protection Commission</source>
        <translation>die irische Data Protection Commission</translation>
    </message>
    <message>
        <source>the HmbBfDI</source>
        <translation>den HmbBfDI</translation>
    </message>
    <message>
        <source>your supervisory authority (%1)</source>
        <translation>Ihre Aufsichtsbehörde (%1)</translation>
    </message>
    <message>
        <source>Save follow-up letter as PDF</source>
        <translation>Erinnerungsschreiben als PDF speichern</translation>
    </message>
    <message>
        <source>Save notice to the supervisory authority as PDF</source>
        <translation>Information an die Aufsichtsbehörde als PDF speichern</translation>
    </message>
    <message>
        <source>Enclose a copy of your objection of %1; its full text is also in the documentation PDF.</source>
        <translation>Legen Sie eine Kopie Ihres Widerspruchs vom %1 bei; sein vollständiger Text steht auch im Nachweis-PDF.</translation>
    </message>
    <message>
        <source>Record that you wrote to Meta again today (%1)? Answer “No” if you send the letter later; you can record it then.</source>
        <translation>Eintragen, dass Sie Meta heute (%1) erneut geschrieben haben? Antworten Sie „Nein“, wenn Sie den Brief später schicken; Sie können es dann eintragen.</translation>
    </message>
    <message>
        <source>Recorded: written to Meta again on %1.</source>
        <translation>Eingetragen: am %1 erneut an Meta geschrieben.</translation>
    </message>
    <message>
        <source>Record that you informed %1 today (%2)?</source>
        <translation>Eintragen, dass Sie heute (%2) %1 informiert haben?</translation>
    </message>
    <message>
        <source>Recorded: %1 informed on %2.</source>
        <translation>Eingetragen: am %2 %1 informiert.</translation>
    </message>
    <message>
        <source>You recorded on %1 that you wrote to Meta again for this entry; this would be a second follow-up letter.</source>
        <translation>Sie haben am %1 eingetragen, dass Sie Meta zu diesem Eintrag erneut geschrieben haben; dies wäre ein zweites Erinnerungsschreiben.</translation>
    </message>
    <message>
        <source>You recorded on %1 that you informed a supervisory authority of this entry.</source>
        <translation>Sie haben am %1 eingetragen, dass Sie eine Aufsichtsbehörde zu diesem Eintrag informiert haben.</translation>
    </message>
    <message>
        <source>Meta has confirmed the objection for every account of this entry; a letter that asks again is not needed.</source>
        <translation>Meta hat den Widerspruch für jedes Konto dieses Eintrags bestätigt; ein Schreiben, das erneut fragt, ist nicht nötig.</translation>
    </message>
</context>
<context>
    <name>FontCoverage</name>
    <message>
        <source>No font on this computer has these characters; in the PDF and on paper they appear as empty boxes: %1. Install a font that has them (on Debian, for example, the package fonts-noto-core) or write them differently.</source>
        <translation>Keine Schrift auf diesem Computer hat diese Zeichen; im PDF und auf Papier erscheinen sie als leere Kästchen: %1. Installieren Sie eine Schrift, die sie enthält (unter Debian zum Beispiel das Paket fonts-noto-core), oder schreiben Sie sie anders.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record of objections</source>
        <translation>Nachweise der Widersprüche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Documentation as PDF …</source>
        <translation>&amp;Dokumentation als PDF …</translation>
    </message>
    <message>
        <source>Calendar &amp;reminder …</source>
        <translation>Kalender-E&amp;rinnerung …</translation>
    </message>
    <message>
        <source>De&amp;lete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>No objection recorded yet.</source>
        <translation>Noch kein Widerspruch eingetragen.</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>Organisation, account or entry id</source>
        <translation>Organisation, Konto oder Kennung des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Accounts and objections</source>
        <translation>Konten und Widersprüche</translation>
    </message>
    <message>
        <source>Account / entry</source>
        <translation>Konto / Eintrag</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Accounts, what needs action first:</source>
        <translation>&amp;Konten, was zu tun ist, zuerst:</translation>
    </message>
    <message>
        <source>&amp;Follow-up letter …</source>
        <translation>&amp;Erinnerungsschreiben …</translation>
    </message>
    <message>
        <source>Notice to the a&amp;uthority</source>
        <translation>Information an die A&amp;ufsicht</translation>
    </message>
    <message>
        <source>Irish Data Protection Commission (lead authority for Meta) …</source>
        <translation>Irische Data Protection Commission (federführend für Meta) …</translation>
    </message>
    <message>
        <source>Close the &amp;matter</source>
        <translation>Vor&amp;gang abschließen</translation>
    </message>
    <message>
        <source>No objection recorded</source>
        <translation>Kein Widerspruch eingetragen</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>Gesendet von %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent by %1; %n file(s) kept</source>
        <translation>
            <numerusform>Gesendet von %1; %n Datei aufbewahrt</numerusform>
            <numerusform>Gesendet von %1; %n Dateien aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry id: %1</source>
        <translation>Kennung des Eintrags: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of %1 without a recorded objection.</source>
        <translation>
            <numerusform>%n Konto von %1 ohne eingetragenen Widerspruch.</numerusform>
            <numerusform>%n Konten von %1 ohne eingetragenen Widerspruch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without Meta&apos;s answer after a month.</source>
        <translation>
            <numerusform>%n Konto ohne Metas Antwort nach einem Monat.</numerusform>
            <numerusform>%n Konten ohne Metas Antwort nach einem Monat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs action today.</source>
        <translation>Heute ist nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>Meta&apos;s confirmation was recorded for %n account(s).</source>
        <translation>
            <numerusform>Metas Bestätigung wurde für %n Konto eingetragen.</numerusform>
            <numerusform>Metas Bestätigung wurde für %n Konten eingetragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>Attached the e-mail “%1” from %2.</source>
        <translation>Die E-Mail „%1“ von %2 ist angehängt.</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 ist angehängt.</translation>
    </message>
    <message>
        <source>The entry is open again.</source>
        <translation>Der Eintrag ist wieder offen.</translation>
    </message>
    <message>
        <source>Close the entry of %1 without Meta&apos;s confirmation for every account (for example because Meta answered in another way)? It then needs no further action; you can open it again.</source>
        <translation>Den Eintrag vom %1 abschließen, ohne dass Meta jedes Konto bestätigt hat (zum Beispiel, weil Meta anders geantwortet hat)? Dann ist nichts mehr zu tun; Sie können ihn wieder öffnen.</translation>
    </message>
    <message>
        <source>The entry was closed.</source>
        <translation>Der Eintrag ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Open the &amp;matter again</source>
        <translation>Vorgang wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 is attached to this entry already.</source>
        <translation>%1 ist diesem Eintrag schon angehängt.</translation>
    </message>
    <message>
        <source>The e-mail is dated %1, before the objection of %2: please check that it belongs to this entry.</source>
        <translation>Die E-Mail ist vom %1, vor dem Widerspruch vom %2: Bitte prüfen Sie, ob sie zu diesem Eintrag gehört.</translation>
    </message>
    <message>
        <source>Your own supervisory authority …</source>
        <translation>Eigene Aufsichtsbehörde …</translation>
    </message>
    <message>
        <source>HmbBfDI (proceedings concerning Meta in Germany) …</source>
        <translation>HmbBfDI (Verfahren zu Meta in Deutschland) …</translation>
    </message>
    <message>
        <source>E&amp;xport record …</source>
        <translation>Nachweise e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Import record …</source>
        <translation>Nach&amp;weise importieren …</translation>
    </message>
    <message>
        <source>Start a &amp;new record …</source>
        <translation>&amp;Neue Nachweise beginnen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries; open to show them)</source>
        <translation>
            <numerusform>%1 (%n Eintrag; zum Anzeigen aufklappen)</numerusform>
            <numerusform>%1 (%n Einträge; zum Anzeigen aufklappen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further organisation(s) are listed closed; open one or search to see its entries.</source>
        <translation>
            <numerusform>%n weitere Organisation ist zugeklappt aufgeführt; klappen Sie sie auf oder suchen Sie, um ihre Einträge zu sehen.</numerusform>
            <numerusform>%n weitere Organisationen sind zugeklappt aufgeführt; klappen Sie eine auf oder suchen Sie, um ihre Einträge zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is damaged (see the message below): what is shown may be incomplete, and no account is called missing.</source>
        <translation>Die Nachweise sind beschädigt (siehe Meldung unten): Was angezeigt wird, kann unvollständig sein, und kein Konto wird als fehlend genannt.</translation>
    </message>
    <message>
        <source>The record is shown but cannot be changed (see the message below).</source>
        <translation>Die Nachweise werden angezeigt, können aber nicht geändert werden (siehe Meldung unten).</translation>
    </message>
    <message>
        <source>The record was changed in another window; what is shown is up to date.</source>
        <translation>Die Nachweise wurden in einem anderen Fenster geändert; die Anzeige ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>KI-Widerspruch record %1</source>
        <translation>KI-Widerspruch Nachweise %1</translation>
    </message>
    <message>
        <source>Export the record into a new folder</source>
        <translation>Nachweise in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Ordner (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1, with the evidence files and their checksums (SHA256SUMS).</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert, mit den Belegdateien und ihren Prüfsummen (SHA256SUMS).</numerusform>
            <numerusform>%n Einträge nach %1 exportiert, mit den Belegdateien und ihren Prüfsummen (SHA256SUMS).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a record</source>
        <translation>Nachweise importieren</translation>
    </message>
    <message>
        <source>Exported record or record file (records.json SHA256SUMS *.json)</source>
        <translation>Exportierte Nachweise oder Nachweisdatei (records.json SHA256SUMS *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the import have the id of an entry in your record but other content. Keep both? The imported entries then get new ids; their old ids (on notices and reminders) still find them. Answer “No” to leave them out; they stay in the export.</source>
        <translation>
            <numerusform>%n Eintrag im Import hat die Kennung eines Eintrags in Ihren Nachweisen, aber einen anderen Inhalt. Beide behalten? Der importierte Eintrag erhält dann eine neue Kennung; seine alte Kennung (auf Schreiben und Erinnerungen) findet ihn weiterhin. Antworten Sie „Nein“, um ihn auszulassen; er bleibt im Export erhalten.</numerusform>
            <numerusform>%n Einträge im Import haben die Kennung eines Eintrags in Ihren Nachweisen, aber einen anderen Inhalt. Beide behalten? Die importierten Einträge erhalten dann neue Kennungen; ihre alten Kennungen (auf Schreiben und Erinnerungen) finden sie weiterhin. Antworten Sie „Nein“, um sie auszulassen; sie bleiben im Export erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the record already and were skipped.</source>
        <translation>
            <numerusform>%n war bereits in den Nachweisen und wurde übersprungen.</numerusform>
            <numerusform>%n waren bereits in den Nachweisen und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with another entry&apos;s id were left out.</source>
        <translation>
            <numerusform>%n mit der Kennung eines anderen Eintrags wurde ausgelassen.</numerusform>
            <numerusform>%n mit der Kennung anderer Einträge wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new, empty record of objections? The damaged one stays as a copy (%1). Export what can still be read first if you have not done so.</source>
        <translation>Neue, leere Nachweise beginnen? Die beschädigten bleiben als Kopie erhalten (%1). Exportieren Sie vorher, was sich noch lesen lässt, falls noch nicht geschehen.</translation>
    </message>
    <message>
        <source>A new record of objections was started.</source>
        <translation>Neue Nachweise wurden begonnen.</translation>
    </message>
    <message>
        <source>The record could not be read; nothing is shown (see the message below).</source>
        <translation>Die Nachweise konnten nicht gelesen werden; es wird nichts angezeigt (siehe Meldung unten).</translation>
    </message>
    <message>
        <source>The record could not be read completely (see the message below); what is shown may be incomplete.</source>
        <translation>Die Nachweise konnten nicht vollständig gelesen werden (siehe Meldung unten); was angezeigt wird, kann unvollständig sein.</translation>
    </message>
    <message>
        <source>Everything else was exported, but: %1.</source>
        <translation>Alles Übrige wurde exportiert, aber: %1.</translation>
    </message>
    <message>
        <source>State and next step of the selected row</source>
        <translation>Stand und nächster Schritt der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>A&amp;ttach e-mail and mark accounts as confirmed …</source>
        <translation>E-&amp;Mail anhängen und Konten als bestätigt eintragen …</translation>
    </message>
    <message>
        <source>Attaches Meta&apos;s confirmation e-mail (.eml or .msg) to the entry, then records the confirmation with the e-mail&apos;s date.</source>
        <translation>Hängt Metas Bestätigungs-E-Mail (.eml oder .msg) an den Eintrag an und trägt dann die Bestätigung mit dem Datum der E-Mail ein.</translation>
    </message>
    <message>
        <source>Attach Meta&apos;s confirmation e-mail</source>
        <translation>Bestätigungs-E-Mail von Meta anhängen</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg);;All files (*)</source>
        <translation>E-Mails (*.eml *.msg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The e-mail stays attached; no confirmation was recorded. You can record it later with “Meta&apos;s confirmation …”.</source>
        <translation>Die E-Mail bleibt angehängt; eine Bestätigung wurde nicht eingetragen. Sie können sie später mit „Bestätigung von Meta …“ eintragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation>%1 vom %2 für %3</translation>
    </message>
    <message>
        <source>Delete the entry of %1: %2? Your organisation may need it to show what it did.</source>
        <translation>Den Eintrag von %1 löschen: %2? Ihre Organisation braucht ihn vielleicht, um zu zeigen, was sie getan hat.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the entry of %1: %2, with the %n file(s) kept as evidence? Your organisation may need it to show what it did.</source>
        <translation>
            <numerusform>Den Eintrag von %1 löschen: %2, mit der %n aufbewahrten Datei? Ihre Organisation braucht ihn vielleicht, um zu zeigen, was sie getan hat.</numerusform>
            <numerusform>Den Eintrag von %1 löschen: %2, mit den %n aufbewahrten Dateien? Ihre Organisation braucht ihn vielleicht, um zu zeigen, was sie getan hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meta&apos;s confirmation of %n account(s) recorded in it is deleted too; those accounts then count as without an answer.</source>
        <translation>
            <numerusform>Metas darin eingetragene Bestätigung für %n Konto wird mitgelöscht; dieses Konto gilt dann als ohne Antwort.</numerusform>
            <numerusform>Metas darin eingetragene Bestätigungen für %n Konten werden mitgelöscht; diese Konten gelten dann als ohne Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record holds no entry %1. It may have been deleted, or the reminder belongs to the record on another computer.</source>
        <translation>Die Nachweise enthalten keinen Eintrag %1. Er wurde vielleicht gelöscht, oder die Erinnerung gehört zu den Nachweisen auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Meta&apos;s c&amp;onfirmation …</source>
        <translation>&amp;Bestätigung von Meta …</translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>How to object</source>
        <translation>So widersprechen Sie</translation>
    </message>
    <message>
        <source>There are two routes. Take both if you can.</source>
        <translation>Es gibt zwei Wege. Nutzen Sie am besten beide.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1. Online form.&lt;/b&gt; Meta&apos;s objection forms open only for someone logged in; page admins log in with their personal account. Open Meta&apos;s privacy policy at %1 and go to your rights and the objection to the processing of your information (in German: „Rechte“ → „Widerspruch gegen die Verarbeitung deiner Informationen“). Enter the account&apos;s e-mail address. A reason is optional; you can paste the text that this wizard prepares. Meta confirms by e-mail: keep that e-mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1. Onlineformular.&lt;/b&gt; Metas Widerspruchsformulare öffnen sich nur nach der Anmeldung; Seiten-Admins melden sich mit ihrem persönlichen Konto an. Öffnen Sie Metas Datenschutzrichtlinie unter %1 und gehen Sie zu „Rechte“ → „Widerspruch gegen die Verarbeitung deiner Informationen“ (so benennt Meta den Punkt). Geben Sie die E-Mail-Adresse des Kontos ein. Eine Begründung ist freiwillig; Sie können den Text einfügen, den dieser Assistent vorbereitet. Meta bestätigt per E-Mail: Bewahren Sie diese E-Mail auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Meta keeps rebuilding its help pages, so the way there may look different. On the preview page you can also open the direct forms for Facebook and Instagram. The forms are made for personal profiles: a form sent from an admin&apos;s login may cover only the admin&apos;s own profile, and a Page cannot always use them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meta baut seine Hilfeseiten immer wieder um, der Weg kann also anders aussehen. Auf der Vorschauseite können Sie auch die direkten Formulare für Facebook und Instagram öffnen. Die Formulare sind für persönliche Profile gemacht: Ein Formular, das ein Admin angemeldet absendet, gilt womöglich nur für dessen eigenes Profil, und eine Facebook-Seite kann sie nicht immer nutzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;2. Letter.&lt;/b&gt; That is why this wizard also writes a letter to %1 for your organisation&apos;s accounts. An objection works only once it reaches Meta: send the letter by post, ideally by registered mail, and keep the PDF with the record of the objection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;2. Brief.&lt;/b&gt; Deshalb schreibt dieser Assistent auch einen Brief an %1 für die Konten Ihrer Organisation. Ein Widerspruch wirkt erst, wenn er bei Meta ankommt: Schicken Sie den Brief per Post, am besten als Einschreiben, und legen Sie das PDF zum Nachweis des Widerspruchs ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
</context>
<context>
    <name>IcsReminder</name>
    <message>
        <source>Check Meta&apos;s confirmation: objection to AI training (%1)</source>
        <translation>Metas Bestätigung prüfen: Widerspruch gegen KI-Training (%1)</translation>
    </message>
    <message>
        <source>Check Meta&apos;s confirmation</source>
        <translation>Metas Bestätigung prüfen</translation>
    </message>
    <message>
        <source>On %1 you wrote to Meta again, since no answer had come.</source>
        <translation>Am %1 haben Sie Meta erneut geschrieben, weil keine Antwort kam.</translation>
    </message>
    <message>
        <source>What to do: open KI-Widerspruch, “Record of objections”, and find the entry %1 (type the id into the search field). If Meta&apos;s confirmation came, attach the e-mail and mark the accounts as confirmed.</source>
        <translation>Was zu tun ist: Öffnen Sie in KI-Widerspruch die „Nachweise“ und suchen Sie den Eintrag %1 (die Kennung ins Suchfeld eingeben). Kam Metas Bestätigung, hängen Sie die E-Mail an und tragen Sie die Konten als bestätigt ein.</translation>
    </message>
    <message>
        <source>Check Meta&apos;s answer to the follow-up: objection to AI training (%1)</source>
        <translation>Metas Antwort auf das Erinnerungsschreiben prüfen: Widerspruch gegen KI-Training (%1)</translation>
    </message>
    <message>
        <source>On %1 %2 objected to the use of the content of these accounts for Meta&apos;s AI training:</source>
        <translation>Am %1 hat %2 der Verwendung der Inhalte dieser Konten für das KI-Training von Meta widersprochen:</translation>
    </message>
    <message>
        <source>The objection asked Meta to answer within one month, the period Art. 12(3) GDPR provides for answering an objection.</source>
        <translation>Der Widerspruch bat Meta, innerhalb eines Monats zu antworten – der Frist, die Art. 12 Abs. 3 DSGVO für die Antwort auf einen Widerspruch vorsieht.</translation>
    </message>
    <message>
        <source>If nothing came again: save the notice to the supervisory authority there (the Irish Data Protection Commission as Meta&apos;s lead authority, the HmbBfDI, which conducts proceedings concerning Meta in Germany, or your own supervisory authority), send it with the documentation PDF, and keep a copy with the record.</source>
        <translation>Kam wieder nichts: Speichern Sie dort die Information an die Aufsichtsbehörde (die irische Data Protection Commission als für Meta federführende Behörde, den HmbBfDI, der Verfahren zu Meta in Deutschland führt, oder Ihre eigene Aufsichtsbehörde), senden Sie sie mit dem Nachweis-PDF und bewahren Sie eine Kopie beim Nachweis auf.</translation>
    </message>
    <message>
        <source>If nothing came: save the follow-up letter to Meta there, send it (ideally by registered mail) and record it. You can also inform the supervisory authority (the Irish Data Protection Commission as Meta&apos;s lead authority, the HmbBfDI, which conducts proceedings concerning Meta in Germany, or your own supervisory authority).</source>
        <translation>Kam nichts: Speichern Sie dort das Erinnerungsschreiben an Meta, senden Sie es (am besten als Einschreiben) und tragen Sie es ein. Sie können außerdem die Aufsichtsbehörde informieren (die irische Data Protection Commission als für Meta federführende Behörde, den HmbBfDI, der Verfahren zu Meta in Deutschland führt, oder Ihre eigene Aufsichtsbehörde).</translation>
    </message>
    <message>
        <source>What to do: open KI-Widerspruch; at the start it shows what is due. Or click this link:</source>
        <translation>Was zu tun ist: Öffnen Sie KI-Widerspruch; beim Start zeigt es, was fällig ist. Oder klicken Sie auf diesen Link:</translation>
    </message>
    <message>
        <source>Or open “Record of objections” in KI-Widerspruch and type %1 into the search field. If Meta&apos;s confirmation came, attach the e-mail and mark the accounts as confirmed.</source>
        <translation>Oder öffnen Sie in KI-Widerspruch die „Nachweise“ und geben Sie %1 in das Suchfeld ein. Kam Metas Bestätigung, hängen Sie die E-Mail an und tragen Sie die Konten als bestätigt ein.</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>Please enter an e-mail address.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>Please enter the address of the Facebook page.</source>
        <translation>Bitte geben Sie die Adresse der Facebook-Seite ein.</translation>
    </message>
    <message>
        <source>Please enter the address or @name of the Instagram account.</source>
        <translation>Bitte geben Sie die Adresse oder den @Namen des Instagram-Kontos ein.</translation>
    </message>
    <message>
        <source>This address is too long.</source>
        <translation>Diese Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>An @name may only contain letters, digits, dots and (on Instagram) underscores.</source>
        <translation>Ein @Name darf nur Buchstaben, Ziffern, Punkte und (bei Instagram) Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Please enter a web address starting with https://, or an @name.</source>
        <translation>Bitte geben Sie eine Webadresse ein, die mit https:// beginnt, oder einen @Namen.</translation>
    </message>
    <message>
        <source>This is not a Facebook address (example: https://www.facebook.com/yourpage).</source>
        <translation>Das ist keine Facebook-Adresse (Beispiel: https://www.facebook.com/ihreseite).</translation>
    </message>
    <message>
        <source>This is not an Instagram address (example: https://www.instagram.com/youraccount).</source>
        <translation>Das ist keine Instagram-Adresse (Beispiel: https://www.instagram.com/ihrkonto).</translation>
    </message>
    <message>
        <source>The address must lead to your page or account, not to the start page.</source>
        <translation>Die Adresse muss zu Ihrer Seite oder Ihrem Konto führen, nicht zur Startseite.</translation>
    </message>
    <message>
        <source>The address contains a space or a tab. Please remove it.</source>
        <translation>Die Adresse enthält ein Leerzeichen oder einen Tabulator. Bitte entfernen Sie es.</translation>
    </message>
    <message>
        <source>This address lacks the page&apos;s number (profile.php?id=…). Open your page and copy the whole address from the browser&apos;s address bar.</source>
        <translation>Dieser Adresse fehlt die Nummer der Seite (profile.php?id=…). Öffnen Sie Ihre Seite und kopieren Sie die ganze Adresse aus der Adresszeile des Browsers.</translation>
    </message>
    <message>
        <source>A Facebook @name has at least five characters.</source>
        <translation>Ein @Name auf Facebook hat mindestens fünf Zeichen.</translation>
    </message>
    <message>
        <source>A Facebook @name has at most 50 characters.</source>
        <translation>Ein Facebook-@Name hat höchstens 50 Zeichen.</translation>
    </message>
    <message>
        <source>An Instagram @name has at most 30 characters.</source>
        <translation>Ein Instagram-@Name hat höchstens 30 Zeichen.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (example: privacy@example.org).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (Beispiel: datenschutz@example.org).</translation>
    </message>
    <message>
        <source>This address leads to a post, a share link or one of Meta&apos;s own pages, not to an account: please paste the address of the page or account itself.</source>
        <translation>Diese Adresse führt zu einem Beitrag, einem geteilten Link oder einer Seite von Meta selbst, nicht zu einem Konto: Bitte fügen Sie die Adresse der Seite oder des Kontos selbst ein.</translation>
    </message>
    <message>
        <source>Facebook names cannot contain “_”. Did you mean the Instagram account %1?</source>
        <translation>Facebook-Namen enthalten kein „_“. Meinten Sie das Instagram-Konto %1?</translation>
    </message>
    <message>
        <source>This address leads to a post, photo, video or story, not to the page or account itself. Did you mean %1?</source>
        <translation>Diese Adresse führt zu einem Beitrag, Foto, Video oder einer Story, nicht zur Seite oder zum Konto selbst. Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>The field “%1” must be text.</source>
        <translation>Das Feld „%1“ muss Text enthalten.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Das Feld „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The field “%1” must be true or false.</source>
        <translation>Das Feld „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be a group of fields ({ … }).</source>
        <translation>Das Feld „%1“ muss eine Gruppe von Feldern sein ({ … }).</translation>
    </message>
    <message>
        <source>The field “%1” must be a list ([ … ]).</source>
        <translation>Das Feld „%1“ muss eine Liste sein ([ … ]).</translation>
    </message>
    <message>
        <source>The list “%1” has more than %2 entries.</source>
        <translation>Die Liste „%1“ hat mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>The entry “%1” must be a group of fields ({ … }).</source>
        <translation>Der Eintrag „%1“ muss eine Gruppe von Feldern sein ({ … }).</translation>
    </message>
    <message>
        <source>The field “%1” must be a date like 2026-11-29.</source>
        <translation>Das Feld „%1“ muss ein Datum wie 2026-11-29 sein.</translation>
    </message>
    <message>
        <source>The field “%1” has the unknown value “%2”.</source>
        <translation>Das Feld „%1“ hat den unbekannten Wert „%2“.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it may be in another encoding, or not text at all). Open it in an editor and save it as “UTF-8”.</source>
        <translation>Die Datei ist kein UTF-8-Text (sie hat vielleicht eine andere Kodierung oder ist gar kein Text). Öffnen Sie sie in einem Editor und speichern Sie sie als „UTF-8“.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (it looks like %1); please open it in an editor and save it as “UTF-8”</source>
        <translation>sie ist kein UTF-8-Text (sie sieht nach %1 aus); bitte öffnen Sie sie in einem Editor und speichern Sie sie als „UTF-8“</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it looks like %1). Open it in an editor and save it as “UTF-8”.</source>
        <translation>Die Datei ist kein UTF-8-Text (sie sieht nach %1 aus). Öffnen Sie sie in einem Editor und speichern Sie sie als „UTF-8“.</translation>
    </message>
</context>
<context>
    <name>LayoutChecks</name>
    <message>
        <source>The return address is too long for the envelope window even in the smallest type and is cut off: shorten the name, street or town of the organisation.</source>
        <translation>Die Absenderzeile ist selbst in der kleinsten Schrift zu lang für das Sichtfenster und wird abgeschnitten: Kürzen Sie Name, Straße oder Ort der Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>The return address takes %n lines in the envelope window even in the smallest type; DIN 5008 provides for two. Shorten the name, street or town of the organisation.</source>
        <translation>
            <numerusform>Die Absenderzeile braucht selbst in der kleinsten Schrift %n Zeile im Sichtfenster; DIN 5008 sieht zwei vor. Kürzen Sie Name, Straße oder Ort der Organisation.</numerusform>
            <numerusform>Die Absenderzeile braucht selbst in der kleinsten Schrift %n Zeilen im Sichtfenster; DIN 5008 sieht zwei vor. Kürzen Sie Name, Straße oder Ort der Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letterhead (name and address of the organisation) is so long that it runs into the envelope window. Shorten the name, street or town.</source>
        <translation>Der Briefkopf (Name und Anschrift der Organisation) ist so lang, dass er in das Sichtfenster hineinreicht. Kürzen Sie Name, Straße oder Ort.</translation>
    </message>
    <message>
        <source>your reference</source>
        <translation>„Unser Zeichen“</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>the contact&apos;s function</source>
        <translation>Funktion der Ansprechperson</translation>
    </message>
    <message>
        <source>the telephone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Too long for the information block and cut off after four lines: %1.</source>
        <translation>Zu lang für den Informationsblock und nach vier Zeilen abgeschnitten: %1.</translation>
    </message>
</context>
<context>
    <name>LetterChecks</name>
    <message>
        <source>organisation.name: the letter needs the name of the organisation.</source>
        <translation>organisation.name: Der Brief braucht den Namen der Organisation.</translation>
    </message>
    <message>
        <source>organisation.contactName: the letter needs a contact person for Meta&apos;s answer.</source>
        <translation>organisation.contactName: Der Brief braucht eine Ansprechperson für Metas Antwort.</translation>
    </message>
    <message>
        <source>organisation.email: the letter needs an e-mail address for Meta&apos;s answer.</source>
        <translation>organisation.email: Der Brief braucht eine E-Mail-Adresse für Metas Antwort.</translation>
    </message>
    <message>
        <source>accounts: the letter needs at least one Facebook Page or Instagram account.</source>
        <translation>accounts: Der Brief braucht mindestens eine Facebook-Seite oder ein Instagram-Konto.</translation>
    </message>
    <message>
        <source>accounts[%1].name: every account needs its name.</source>
        <translation>accounts[%1].name: Jedes Konto braucht seinen Namen.</translation>
    </message>
    <message>
        <source>accounts[%1].address: every account needs its address or @name.</source>
        <translation>accounts[%1].address: Jedes Konto braucht seine Adresse oder seinen @Namen.</translation>
    </message>
    <message>
        <source>your own grounds</source>
        <translation>eigene Gründe</translation>
    </message>
    <message>
        <source>the contact&apos;s function</source>
        <translation>Funktion der Ansprechperson</translation>
    </message>
    <message>
        <source>the signatory&apos;s function</source>
        <translation>Funktion der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>The letter is in English, but some entries seem to be in German (%1). Translate them or write the letter in German.</source>
        <translation>Der Brief ist auf Englisch, aber einige Angaben scheinen deutsch zu sein (%1). Übersetzen Sie sie oder schreiben Sie den Brief auf Deutsch.</translation>
    </message>
    <message>
        <source>The letter has no postal address of the organisation: Meta can answer only by e-mail, and a letter that cannot be delivered cannot come back. It is written all the same.</source>
        <translation>Der Brief enthält keine Postanschrift der Organisation: Meta kann nur per E-Mail antworten, und ein Brief, der nicht zugestellt werden kann, kommt nicht zurück. Der Brief wird trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>A function for the person who signs is given, but no name: the contact person signs with their own role, and the function “%1” is not used. Enter the name on the page “Letter options”, or leave the function empty.</source>
        <translation>Für die Person, die unterschreibt, ist eine Funktion angegeben, aber kein Name: Dann unterschreibt die Ansprechperson mit ihrer eigenen Funktion, und „%1“ wird nicht verwendet. Tragen Sie auf der Seite „Inhalt des Briefs“ den Namen ein oder lassen Sie die Funktion leer.</translation>
    </message>
    <message>
        <source>In public administration everyone but the head of the authority signs “i. A.”. The letter is signed without it (function: “%1”). Choose “on behalf (i. A.)” on the page “Letter options”, or enter the head&apos;s function.</source>
        <translation>In der öffentlichen Verwaltung zeichnen alle außer der Behördenleitung „i. A.“. Der Brief wird ohne diesen Zusatz unterschrieben (Funktion: „%1“). Wählen Sie auf der Seite „Inhalt des Briefs“ „im Auftrag (i. A.)“ oder tragen Sie die Funktion der Leitung ein.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The person who signs appears to be the data protection officer (“%1”). The data protection officer advises (Art. 38 and 39 GDPR) and signs for the organisation only when authorised to; please check who signs.</source>
        <translation>Die unterzeichnende Person scheint die oder der Datenschutzbeauftragte zu sein („%1“). Datenschutzbeauftragte beraten (Art. 38 und 39 DSGVO) und unterzeichnen für die Organisation nur mit entsprechender Befugnis; bitte prüfen Sie, wer unterschreibt.</translation>
    </message>
    <message>
        <source>The letter is in German, but the function of the person who signs seems to be in English (“%1”). Translate it or write the letter in English.</source>
        <translation>Der Brief ist auf Deutsch, die Funktion der unterzeichnenden Person scheint aber englisch zu sein („%1“). Übersetzen Sie sie oder schreiben Sie den Brief auf Englisch.</translation>
    </message>
    <message>
        <source>The letter is dated %1, before the decision it cites (%2 of %3). Please check the date of the letter.</source>
        <translation>Der Brief ist auf den %1 datiert, also vor der Entscheidung, die er zitiert (%2 vom %3). Bitte prüfen Sie das Datum des Briefs.</translation>
    </message>
    <message>
        <source>The person who signs does so in their own name, as the head of the organisation does, but the function “%1” is not a head&apos;s. Whoever signs on behalf of the organisation signs “i. A.”: choose “on behalf (i. A.)” on the page “Letter options”, or keep it if this function heads the organisation.</source>
        <translation>Die unterschreibende Person unterschreibt im eigenen Namen, wie es die Leitung der Organisation tut, aber die Funktion „%1“ ist keine Leitungsfunktion. Wer im Auftrag der Organisation unterschreibt, setzt „i. A.“: Wählen Sie „im Auftrag (i. A.)“ auf der Seite „Inhalt des Briefs“ oder lassen Sie es so, wenn diese Funktion die Organisation leitet.</translation>
    </message>
</context>
<context>
    <name>LetterExporter</name>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>The letter could not be sent to the printer. Please check the printer and try again, or save the letter as PDF.</source>
        <translation>Der Brief konnte nicht an den Drucker geschickt werden. Bitte prüfen Sie den Drucker und versuchen Sie es noch einmal, oder speichern Sie den Brief als PDF.</translation>
    </message>
    <message>
        <source>The letter was not printed.</source>
        <translation>Der Brief wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>The letter was sent to the printer.</source>
        <translation>Der Brief wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>The text is on the clipboard. Paste it into Meta&apos;s form with Ctrl+V.</source>
        <translation>Der Text ist in der Zwischenablage. Fügen Sie ihn mit Strg+V in Metas Formular ein.</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Im Browser geöffnet: %1</translation>
    </message>
    <message>
        <source>Record of objections</source>
        <translation>Nachweise der Widersprüche</translation>
    </message>
    <message>
        <source>The objection was not recorded.</source>
        <translation>Der Widerspruch wurde nicht eingetragen.</translation>
    </message>
    <message>
        <source>The objection was recorded. You find it under “Record of objections”.</source>
        <translation>Der Widerspruch wurde eingetragen. Sie finden ihn unter „Nachweise“.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Kalender-Erinnerung: %1</translation>
    </message>
    <message>
        <source>The letter was not saved.</source>
        <translation>Der Brief wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>The letter names people whose power of attorney was signed after the day you entered as sent (%1). A letter can name only people who had signed by the day it was sent. Check the date and record it again.</source>
        <translation>Der Brief nennt Personen, deren Vollmacht nach dem eingetragenen Sendedatum (%1) unterschrieben wurde. Ein Brief kann nur Personen nennen, die bis zu dem Tag unterschrieben hatten, an dem er gesendet wurde. Bitte prüfen Sie das Datum und tragen Sie den Brief erneut ein.</translation>
    </message>
    <message>
        <source>The objection is kept but not saved in the record yet (see the message); it is saved as soon as the record can be written.</source>
        <translation>Der Widerspruch ist vorgemerkt, aber noch nicht in den Nachweisen gespeichert (siehe Meldung); er wird gespeichert, sobald sich die Nachweise schreiben lassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n online form(s) were recorded, one entry per account. You find them under “Record of objections”.</source>
        <translation>
            <numerusform>%n Onlineformular wurde eingetragen, ein Eintrag je Konto. Sie finden es unter „Nachweise“.</numerusform>
            <numerusform>%n Onlineformulare wurden eingetragen, ein Eintrag je Konto. Sie finden sie unter „Nachweise“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were not recorded; tick them and record them again.</source>
        <translation>
            <numerusform>%n Konto wurde nicht eingetragen; kreuzen Sie es an und tragen Sie es erneut ein.</numerusform>
            <numerusform>%n Konten wurden nicht eingetragen; kreuzen Sie sie an und tragen Sie sie erneut ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This was recorded already: %1. Record it again as a further entry?</source>
        <translation>Das ist schon eingetragen: %1. Trotzdem als weiteren Eintrag eintragen?</translation>
    </message>
    <message>
        <source>Not recorded again.</source>
        <translation>Nicht erneut eingetragen.</translation>
    </message>
    <message>
        <source>Not opened: no web browser could be started for %1.</source>
        <translation>Nicht geöffnet: Für %1 konnte kein Webbrowser gestartet werden.</translation>
    </message>
    <message>
        <source>Not opened: no web browser could be started for %1. The clipboard now holds the address: copy the letter&apos;s text again (“Copy text”) before you paste it into the form.</source>
        <translation>Nicht geöffnet: Für %1 konnte kein Webbrowser gestartet werden. In der Zwischenablage ist jetzt die Adresse: Kopieren Sie den Text des Briefs erneut („Text kopieren“), bevor Sie ihn in das Formular einfügen.</translation>
    </message>
</context>
<context>
    <name>LetterOptionsPage</name>
    <message>
        <source>Letter options</source>
        <translation>Inhalt des Briefs</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Optional: describe your situation in your own words.</source>
        <translation>Optional: Beschreiben Sie Ihre Situation in eigenen Worten.</translation>
    </message>
    <message>
        <source>&amp;Further grounds in your own words:</source>
        <translation>Weitere Gründe in &amp;eigenen Worten:</translation>
    </message>
    <message>
        <source>Ask for written &amp;confirmation within one month (Art. 12(3) GDPR)</source>
        <translation>Um schriftliche &amp;Bestätigung innerhalb eines Monats bitten (Art. 12 Abs. 3 DSGVO)</translation>
    </message>
    <message>
        <source>&amp;Language of the letter</source>
        <translation>&amp;Sprache des Briefs</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the date field (QDate::toString); German: dd.MM.yyyy</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Only the first %L1 characters are kept; the letter has no room for more.</source>
        <translation>Nur die ersten %L1 Zeichen werden übernommen; mehr hat im Brief keinen Platz.</translation>
    </message>
    <message>
        <source>Choose what the letter should say and who signs it. The suggestions fit your organisation.</source>
        <translation>Wählen Sie, was der Brief sagen soll und wer ihn unterschreibt. Die Vorschläge passen zu Ihrer Organisation.</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Der Brief</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Registered mail (Einschreiben)</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <source>Registered mail with return receipt</source>
        <translation>Einschreiben mit Rückschein</translation>
    </message>
    <message>
        <source>optional, e.g. a file number</source>
        <translation>freiwillig, z. B. ein Aktenzeichen</translation>
    </message>
    <message>
        <source>Our &amp;reference</source>
        <translation>Unser Zei&amp;chen</translation>
    </message>
    <message>
        <source>N&amp;ote above the address</source>
        <translation>&amp;Vermerk über der Anschrift</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Wer unterschreibt</translation>
    </message>
    <message>
        <source>empty: the contact person signs</source>
        <translation>leer: die Ansprechperson unterschreibt</translation>
    </message>
    <message>
        <source>e.g. Mayor, managing director</source>
        <translation>z. B. Bürgermeisterin, Geschäftsführer</translation>
    </message>
    <message>
        <source>in their own name (head of the organisation)</source>
        <translation>im eigenen Namen (Leitung der Organisation)</translation>
    </message>
    <message>
        <source>on behalf (i. A.)</source>
        <translation>im Auftrag (i. A.)</translation>
    </message>
    <message>
        <source>as deputy (i. V.)</source>
        <translation>in Vertretung (i. V.)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Func&amp;tion</source>
        <translation>Fun&amp;ktion</translation>
    </message>
    <message>
        <source>Si&amp;gns</source>
        <translation>&amp;Unterschreibt</translation>
    </message>
    <message>
        <source>Refer to &amp;joint controllership for Facebook Pages (Art. 26 GDPR)</source>
        <translation>Auf die &amp;gemeinsame Verantwortlichkeit für Facebook-Seiten hinweisen (Art. 26 DSGVO)</translation>
    </message>
    <message>
        <source>Only with a Facebook Page. The paragraph names the scope: the Page&apos;s data collection and statistics (CJEU C-210/16 of 5 June 2018, C-40/17 of 29 July 2019), not the AI training; disputed beyond that (VG Köln, 17 July 2025, 13 K 1419/23, not final).</source>
        <translation>Nur mit Facebook-Seite. Der Absatz nennt die Reichweite: Datenerhebung und Statistiken der Seite (EuGH C-210/16 vom 5. Juni 2018, C-40/17 vom 29. Juli 2019), nicht das KI-Training; darüber hinaus umstritten (VG Köln, 17. Juli 2025, 13 K 1419/23, nicht rechtskräftig).</translation>
    </message>
    <message>
        <source>What Meta should weigh: your organisation&apos;s situation</source>
        <translation>Was Meta abwägen muss: die Situation Ihrer Organisation</translation>
    </message>
    <message>
        <source>Meta relies on legitimate interests (Art. 6(1)(f) GDPR) and must weigh the facts you state. The letter always names your responsibility for what you published, its purpose and the expectations of the people shown. Tick what else is true of your own posts, or describe it in your own words:</source>
        <translation>Meta stützt sich auf berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO) und muss die Tatsachen abwägen, die Sie nennen. Der Brief nennt immer Ihre Verantwortung für das Veröffentlichte, dessen Zweck und die Erwartungen der gezeigten Menschen. Kreuzen Sie an, was außerdem für Ihre eigenen Beiträge zutrifft, oder beschreiben Sie es mit eigenen Worten:</translation>
    </message>
    <message>
        <source>Our own posts show or name minors</source>
        <translation>Unsere eigenen Beiträge zeigen oder nennen Minderjährige</translation>
    </message>
    <message>
        <source>Our own posts show vulnerable people</source>
        <translation>Unsere eigenen Beiträge zeigen schutzbedürftige Menschen</translation>
    </message>
    <message>
        <source>Our replies refer to personal matters of the people who asked</source>
        <translation>Unsere Antworten beziehen sich auf persönliche Anliegen der Fragenden</translation>
    </message>
    <message>
        <source>Our own posts, published with the consent of the people shown, let others infer special categories of data (Art. 9 GDPR):</source>
        <translation>Unsere eigenen Beiträge, mit Einwilligung der Gezeigten veröffentlicht, lassen Rückschlüsse auf besondere Kategorien von Daten zu (Art. 9 DSGVO):</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>Add that AI training is not needed for your public communication through these accounts</source>
        <translation>Hinzufügen, dass KI-Training für Ihre Öffentlichkeitsarbeit über diese Konten nicht erforderlich ist</translation>
    </message>
    <message>
        <source>Body of the state: bound to neutrality, responsible for the citizens who contact us</source>
        <translation>Staatliche Stelle: zur Neutralität verpflichtet, verantwortlich für die Bürgerinnen und Bürger, die sich an uns wenden</translation>
    </message>
    <message>
        <source>Church body: responsible for the people who turn to us</source>
        <translation>Kirchliche Stelle: verantwortlich für die Menschen, die sich an uns wenden</translation>
    </message>
    <message>
        <source>“%1” is not among the functions that head an organisation. Whoever signs on its behalf signs “i. A.”.</source>
        <translation>„%1“ gehört nicht zu den Funktionen, die eine Organisation leiten. Wer im Auftrag der Organisation unterschreibt, setzt „i. A.“ vor den Namen.</translation>
    </message>
</context>
<context>
    <name>LetterPageView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>MailReader</name>
    <message>
        <source>it is not an e-mail file (.eml or .msg)</source>
        <translation>sie ist keine E-Mail-Datei (.eml oder .msg)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not an Outlook message, although its name ends in .msg</source>
        <translation>sie ist keine Outlook-Nachricht, obwohl ihr Name auf .msg endet</translation>
    </message>
    <message>
        <source>reading it was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Save as profile …</source>
        <translation>Als Profil &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <source>Germany</source>
        <comment>default country of the organisation</comment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Objection to Meta&apos;s AI training</source>
        <translation>Widerspruch gegen Metas KI-Training</translation>
    </message>
    <message>
        <source>Switch the language of the program</source>
        <translation>Sprache des Programms wechseln</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>KI-Widerspruch profiles (*.kiw.json *.json);;All files (*)</source>
        <translation>KI-Widerspruch-Profile (*.kiw.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 could not be opened as a profile: %2

Your entries are unchanged.</source>
        <translation>%1 konnte nicht als Profil geöffnet werden: %2

Ihre Eingaben sind unverändert.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>KI-Widerspruch profiles (*.kiw.json)</source>
        <translation>KI-Widerspruch-Profile (*.kiw.json)</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Open profile …</source>
        <translation>Profil öffnen …</translation>
    </message>
    <message>
        <source>Fill in the wizard from a saved profile (%1)</source>
        <translation>Den Assistenten aus einem gespeicherten Profil ausfüllen (%1)</translation>
    </message>
    <message>
        <source>Save profile …</source>
        <translation>Profil speichern …</translation>
    </message>
    <message>
        <source>Save the organisation, accounts and letter options as a profile (%1)</source>
        <translation>Organisation, Konten und Inhalt des Briefs als Profil speichern (%1)</translation>
    </message>
    <message>
        <source>%1 could not be opened as a profile: %2</source>
        <translation>%1 konnte nicht als Profil geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Stored entries</source>
        <translation>Gespeicherte Eingaben</translation>
    </message>
    <message>
        <source>Entries not saved</source>
        <translation>Eingaben nicht gespeichert</translation>
    </message>
    <message>
        <source>Your entries are not saved as a profile. Save them before the profile you open replaces them?</source>
        <translation>Ihre Eingaben sind nicht als Profil gespeichert. Möchten Sie sie speichern, bevor das Profil, das Sie öffnen, sie ersetzt?</translation>
    </message>
    <message>
        <source>Your entries are not saved. Save them as a profile before KI-Widerspruch closes? Otherwise they are gone.</source>
        <translation>Ihre Eingaben sind nicht gespeichert. Möchten Sie sie als Profil speichern, bevor KI-Widerspruch schließt? Sonst sind sie verloren.</translation>
    </message>
    <message>
        <source>Record of objections</source>
        <translation>Nachweise der Widersprüche</translation>
    </message>
    <message>
        <source>An entry in the record of objections could not be saved (see the message before). If you close KI-Widerspruch now, it is lost. Close anyway?</source>
        <translation>Ein Eintrag in den Nachweisen konnte nicht gespeichert werden (siehe die Meldung davor). Wenn Sie KI-Widerspruch jetzt schließen, geht er verloren. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Record of objections …</source>
        <translation>Nachweise …</translation>
    </message>
    <message>
        <source>What was sent, Meta&apos;s answers, evidence, follow-up letters – for every organisation (%1)</source>
        <translation>Was gesendet wurde, Metas Antworten, Belege, Erinnerungsschreiben – für jede Organisation (%1)</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Who objects? These details go into the letter. Fields marked * are required.</source>
        <translation>Wer widerspricht? Diese Angaben kommen in den Brief. Felder mit * sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Behörde oder öffentliche Stelle</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verein oder Verband</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation</source>
        <translation>&amp;Art der Organisation</translation>
    </message>
    <message>
        <source>&amp;Contact person *</source>
        <translation>Ansp&amp;rechperson *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>e.g. data-protection officer</source>
        <translation>z. B. Datenschutzbeauftragte</translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation>&amp;E-Mail *</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Please enter the name of your organisation.</source>
        <translation>Bitte geben Sie den Namen Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>Please enter a contact person.</source>
        <translation>Bitte geben Sie eine Ansprechperson an.</translation>
    </message>
    <message>
        <source>Name of the &amp;organisation *</source>
        <translation>&amp;Name der Organisation *</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>optional, shown in the letter</source>
        <translation>freiwillig, steht im Brief</translation>
    </message>
    <message>
        <source>Church, parish or church institution</source>
        <translation>Kirche, Kirchengemeinde oder kirchliche Einrichtung</translation>
    </message>
    <message>
        <source>Bod&amp;y of the state (authority, municipality, public university, chamber)</source>
        <translation>Staatl&amp;iche Stelle (Behörde, Kommune, öffentliche Hochschule, Kammer)</translation>
    </message>
    <message>
        <source>Catholic data protection law (KDG)</source>
        <translation>Katholisches Datenschutzrecht (KDG)</translation>
    </message>
    <message>
        <source>Protestant data protection law (DSG-EKD)</source>
        <translation>Evangelisches Datenschutzrecht (DSG-EKD)</translation>
    </message>
    <message>
        <source>GDPR (e.g. a free church registered as e. V.)</source>
        <translation>DSGVO (z. B. Freikirche als e. V.)</translation>
    </message>
    <message>
        <source>Data protection &amp;law</source>
        <translation>&amp;Datenschutzrecht</translation>
    </message>
    <message>
        <source>e.g. privacy@example.org</source>
        <translation>z. B. datenschutz@example.org</translation>
    </message>
</context>
<context>
    <name>OutlookMsgReader</name>
    <message>
        <source>it is an Outlook or Office file, but it is damaged or not a message</source>
        <translation>sie ist eine Outlook- oder Office-Datei, aber beschädigt oder keine Nachricht</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Your objections</source>
        <translation>Ihre Widersprüche</translation>
    </message>
    <message>
        <source>What is due now, and where each account stands. To object for another organisation or further accounts, press “New objection”.</source>
        <translation>Was jetzt fällig ist und wo jedes Konto steht. Um für eine weitere Organisation oder weitere Konten zu widersprechen, wählen Sie „Neuer Widerspruch“.</translation>
    </message>
    <message>
        <source>&amp;Due now:</source>
        <translation>&amp;Jetzt fällig:</translation>
    </message>
    <message>
        <source>Create the &amp;follow-up letter …</source>
        <translation>&amp;Erinnerungsschreiben erstellen …</translation>
    </message>
    <message>
        <source>&amp;Show in the record …</source>
        <translation>In den Nachweisen &amp;zeigen …</translation>
    </message>
    <message>
        <source>&amp;Accounts and their state:</source>
        <translation>&amp;Konten und ihr Stand:</translation>
    </message>
    <message>
        <source>&amp;New objection &gt;</source>
        <translation>Neuer &amp;Widerspruch &gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Accounts and their state</source>
        <translation>Konten und ihr Stand</translation>
    </message>
    <message>
        <source>Reading the record of objections …</source>
        <translation>Die Nachweise werden gelesen …</translation>
    </message>
    <message>
        <source>Nothing is due today. Meta&apos;s answer is due by %1.</source>
        <translation>Heute ist nichts fällig. Metas Antwort ist bis %1 fällig.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>No objection recorded</source>
        <translation>Kein Widerspruch eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>The record holds %n entries; open “Record of objections” to see them organisation by organisation.</source>
        <translation>
            <numerusform>Die Nachweise enthalten %n Eintrag; öffnen Sie „Nachweise“, um ihn zu sehen.</numerusform>
            <numerusform>Die Nachweise enthalten %n Einträge; öffnen Sie „Nachweise“, um sie Organisation für Organisation zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without Meta&apos;s answer after a month.</source>
        <translation>
            <numerusform>%n Konto ohne Metas Antwort nach einem Monat.</numerusform>
            <numerusform>%n Konten ohne Metas Antwort nach einem Monat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) waiting for an answer.</source>
        <translation>
            <numerusform>%n Konto wartet auf Antwort.</numerusform>
            <numerusform>%n Konten warten auf Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) confirmed or closed.</source>
        <translation>
            <numerusform>%n Konto bestätigt oder abgeschlossen.</numerusform>
            <numerusform>%n Konten bestätigt oder abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record could not be read completely; open “Record of objections” for details.</source>
        <translation>Die Nachweise konnten nicht vollständig gelesen werden; Einzelheiten unter „Nachweise“.</translation>
    </message>
    <message>
        <source>In the record: %1, %2.</source>
        <translation>In den Nachweisen: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of objections could not be read (see the message). “Record of objections …” says more.</source>
        <translation>Die Nachweise konnten nicht gelesen werden (siehe Meldung). Mehr unter „Nachweise …“.</translation>
    </message>
</context>
<context>
    <name>OwnAuthorityDialog</name>
    <message>
        <source>Your own supervisory authority</source>
        <translation>Eigene Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>The authority that supervises your organisation: your Land&apos;s authority (in Bavaria the BayLfD for public bodies, the BayLDA for all others), the BfDI for federal public bodies, or for a church, a broadcaster and others their own data protection authority. Check the address on the authority&apos;s website before you send.</source>
        <translation>Die Behörde, die Ihre Organisation beaufsichtigt: die Aufsichtsbehörde Ihres Landes (in Bayern das BayLfD für öffentliche Stellen, das BayLDA für alle anderen), die BfDI für öffentliche Stellen des Bundes oder bei Kirchen, Rundfunkanstalten und anderen deren eigene Datenschutzaufsicht. Prüfen Sie die Anschrift auf der Website der Behörde, bevor Sie senden.</translation>
    </message>
    <message>
        <source>Another authority (church, broadcaster, …)</source>
        <translation>Eine andere Behörde (Kirche, Rundfunkanstalt, …)</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Behörde</translation>
    </message>
    <message>
        <source>Name and &amp;postal address</source>
        <translation>Name und &amp;Postanschrift</translation>
    </message>
    <message>
        <source>Enter the authority&apos;s name and postal address as its website gives them, one line each.</source>
        <translation>Tragen Sie Name und Postanschrift der Behörde so ein, wie ihre Website sie angibt, jeweils in einer Zeile.</translation>
    </message>
    <message>
        <source>KI-Widerspruch has no verified postal address of this authority. Enter it from the authority&apos;s website.</source>
        <translation>KI-Widerspruch kennt keine geprüfte Postanschrift dieser Behörde. Bitte tragen Sie sie von der Website der Behörde ein.</translation>
    </message>
    <message>
        <source>Address from %1, read on %2. Check it before you send.</source>
        <translation>Anschrift von %1, gelesen am %2. Bitte prüfen Sie sie, bevor Sie senden.</translation>
    </message>
    <message>
        <source>The line “%1” is longer than the envelope window is wide (%2 characters at most). Split it over two lines.</source>
        <translation>Die Zeile „%1“ ist länger, als das Fenster des Umschlags breit ist (höchstens %2 Zeichen). Bitte teilen Sie sie auf zwei Zeilen auf.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview and send</source>
        <translation>Vorschau und Versand</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Save as PDF …</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Meta&apos;s privacy policy</source>
        <translation>Meta-Datenschutz&amp;richtlinie öffnen</translation>
    </message>
    <message>
        <source>&amp;Instagram form</source>
        <translation>&amp;Instagram-Formular</translation>
    </message>
    <message>
        <source>Copies the text for Meta&apos;s online form: subject, text and contact, without the address block.</source>
        <translation>Kopiert den Text für Metas Onlineformular: Betreff, Text und Kontakt, ohne Anschriftfeld.</translation>
    </message>
    <message>
        <source>Page view of the letter</source>
        <translation>Seitenansicht des Briefs</translation>
    </message>
    <message>
        <source>Pa&amp;ge view</source>
        <translation>Seiten&amp;ansicht</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text des Briefs</translation>
    </message>
    <message>
        <source>Record as s&amp;ent …</source>
        <translation>Als gesendet &amp;eintragen …</translation>
    </message>
    <message>
        <source>This is the letter exactly as it will be saved and printed. Send it by post and use the text in Meta&apos;s online form, step by step.</source>
        <translation>So wird der Brief gespeichert und gedruckt. Schicken Sie ihn per Post und nutzen Sie den Text für Metas Onlineformular, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Facebook &amp;form (own profile)</source>
        <translation>&amp;Facebook-Formular (eigenes Profil)</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is not valid JSON (%1: %2). It may be damaged or incomplete.</source>
        <translation>Die Datei ist kein gültiges JSON (%1: %2). Sie ist vielleicht beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>This is not a KI-Widerspruch profile.</source>
        <translation>Das ist kein Profil von KI-Widerspruch.</translation>
    </message>
    <message>
        <source>The profile has no valid format version.</source>
        <translation>Das Profil hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>This profile was made by a newer version of KI-Widerspruch (format %1; this version reads format %2). Please update the program.</source>
        <translation>Dieses Profil stammt von einer neueren Version von KI-Widerspruch (Format %1; diese Version liest Format %2). Bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a profile is much smaller.</source>
        <translation>Die Datei ist größer als %1 KiB; ein Profil ist viel kleiner.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>Please choose a new or an empty folder for the export; %1 is not one.</source>
        <translation>Bitte wählen Sie für den Export einen neuen oder leeren Ordner; %1 ist keiner.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not an exported record: its list of checksums %2 could not be read (%3).</source>
        <translation>%1 ist kein Export der Nachweise: Die Prüfsummenliste %2 konnte nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>line %1 of %2 is not “checksum  file name”</source>
        <translation>Zeile %1 von %2 hat nicht die Form „Prüfsumme  Dateiname“</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 was changed (its SHA-256 differs)</source>
        <translation>%1 wurde verändert (die SHA-256-Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 ist nicht aufgeführt</translation>
    </message>
    <message>
        <source>The exported record %1 cannot be used: %2.</source>
        <translation>Der Export %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the evidence file %1 of entry %2 is not in the export</source>
        <translation>die Belegdatei %1 des Eintrags %2 ist nicht im Export</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the evidence file %1 of entry %2 could not be copied</source>
        <translation>die Belegdatei %1 des Eintrags %2 konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>the evidence file %1 of entry %2 was changed since it was kept</source>
        <translation>die Belegdatei %1 des Eintrags %2 wurde verändert, seit sie aufbewahrt wird</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Nothing to do: Meta confirmed the objection on %1.</source>
        <translation>Nichts zu tun: Meta hat den Widerspruch am %1 bestätigt.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta confirmed the objection on %1 (reference %2).</source>
        <translation>Nichts zu tun: Meta hat den Widerspruch am %1 bestätigt (Zeichen %2).</translation>
    </message>
    <message>
        <source>Nothing to do: the matter was closed on %1.</source>
        <translation>Nichts zu tun: Der Vorgang wurde am %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s answer until %1 – after that, create the follow-up letter.</source>
        <translation>Auf Metas Antwort warten bis %1 – danach das Erinnerungsschreiben erstellen.</translation>
    </message>
    <message>
        <source>Wait for the answer to the follow-up letter until %1 – after that, inform the supervisory authority.</source>
        <translation>Auf die Antwort auf das Erinnerungsschreiben warten bis %1 – danach die Aufsichtsbehörde informieren.</translation>
    </message>
    <message>
        <source>Answer due since %1 – the supervisory authority was informed on %2; keep Meta&apos;s answer or the authority&apos;s with the entry, or close the matter.</source>
        <translation>Antwort fällig seit %1 – die Aufsichtsbehörde wurde am %2 informiert; bewahren Sie die Antwort von Meta oder der Behörde beim Eintrag auf oder schließen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>Answer to the follow-up letter due since %1 – inform the supervisory authority (“Notice to the authority”).</source>
        <translation>Antwort auf das Erinnerungsschreiben fällig seit %1 – die Aufsichtsbehörde informieren („Information an die Aufsicht“).</translation>
    </message>
    <message>
        <source>Answer due since %1 – create the follow-up letter (“Follow-up letter …”); you can also inform the supervisory authority.</source>
        <translation>Antwort fällig seit %1 – Erinnerungsschreiben erstellen („Erinnerungsschreiben …“); Sie können auch die Aufsichtsbehörde informieren.</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Object for this account: send the letter or Meta&apos;s online form for it, then record it as sent.</source>
        <translation>Für dieses Konto widersprechen: den Brief oder Metas Onlineformular dafür senden und als gesendet eintragen.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>No objection recorded</source>
        <translation>Kein Widerspruch eingetragen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Only the online form was used; it may cover only the profile of the admin who sent it, so send the letter for this Page too.</source>
        <translation>Nur das Onlineformular wurde genutzt; es erfasst womöglich nur das Profil der Person, die es gesendet hat. Schicken Sie für diese Seite auch den Brief.</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>Erfasst durch:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Gesendet von:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>Meta&apos;s reference of the form:</source>
        <translation>Zeichen von Meta zum Formular:</translation>
    </message>
    <message>
        <source>Written again:</source>
        <translation>Erneut geschrieben:</translation>
    </message>
    <message>
        <source>Authority informed:</source>
        <translation>Aufsicht informiert:</translation>
    </message>
    <message>
        <source>Accounts of the entry:</source>
        <translation>Konten des Eintrags:</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Vorgangs-Nr.:</translation>
    </message>
    <message>
        <source>Select an account or an entry to read its state and next step here.</source>
        <translation>Wählen Sie ein Konto oder einen Eintrag, um hier Stand und nächsten Schritt zu lesen.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record the objection as sent</source>
        <translation>Widerspruch als gesendet eintragen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Meta&apos;s &amp;online form</source>
        <translation>Metas &amp;Onlineformular</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Gesendet am</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Sent b&amp;y</source>
        <translation>Gesendet &amp;von</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Please tick at least one account the objection covered.</source>
        <translation>Bitte kreuzen Sie mindestens ein Konto an, für das der Widerspruch gilt.</translation>
    </message>
    <message>
        <source>Accounts covered</source>
        <translation>Erfasste Konten</translation>
    </message>
    <message>
        <source>&amp;Letter (by post or as PDF)</source>
        <translation>&amp;Brief (per Post oder als PDF)</translation>
    </message>
    <message>
        <source>e.g. the e-mail of the admin&apos;s personal account</source>
        <translation>z. B. die E-Mail-Adresse des persönlichen Kontos</translation>
    </message>
    <message>
        <source>Save a calendar &amp;reminder to check for Meta&apos;s answer after one month, on a working day (.ics)</source>
        <translation>Eine Kalender-&amp;Erinnerung speichern, um nach einem Monat an einem Werktag nach Metas Antwort zu sehen (.ics)</translation>
    </message>
    <message>
        <source>Keep a record of what was sent, so your organisation can show it later. Record the letter and each online form apart: the form covers the account it was sent for and the personal profile of the admin who was logged in.</source>
        <translation>Halten Sie fest, was gesendet wurde, damit Ihre Organisation es später zeigen kann. Tragen Sie den Brief und jedes Onlineformular einzeln ein: Das Formular gilt für das Konto, für das es gesendet wurde, und für das persönliche Profil, mit dem Sie angemeldet waren.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Kei&amp;ne</translation>
    </message>
    <message>
        <source>One &amp;form per account – one entry for each ticked account</source>
        <translation>Ein &amp;Formular je Konto – für jedes angekreuzte Konto einen Eintrag</translation>
    </message>
    <message>
        <source>Logged &amp;in as *</source>
        <translation>Ange&amp;meldet als *</translation>
    </message>
    <message>
        <source>Please enter under “Logged in as” the login the online form was sent from (e.g. the e-mail of the admin&apos;s personal account). Meta finds the form by it, and a follow-up letter names it.</source>
        <translation>Bitte geben Sie unter „Angemeldet als“ an, mit welchem Konto das Onlineformular gesendet wurde (z. B. die E-Mail-Adresse des persönlichen Kontos). Meta findet das Formular darüber, und ein Erinnerungsschreiben nennt es.</translation>
    </message>
    <message numerus="yes">
        <source>An online form covers the account it was sent for. Record one entry for each of the %n ticked accounts (one form each), or one entry for all of them, if one form covered them all (e.g. accounts linked in Meta&apos;s Accounts Center)?</source>
        <translation>
            <numerusform>Ein Onlineformular gilt für das Konto, für das es gesendet wurde. Für das %n angekreuzte Konto einen eigenen Eintrag anlegen (je ein Formular) oder einen Eintrag für alle, wenn ein Formular alle erfasst hat (etwa bei Konten, die in Metas Kontenübersicht verknüpft sind)?</numerusform>
            <numerusform>Ein Onlineformular gilt für das Konto, für das es gesendet wurde. Für jedes der %n angekreuzten Konten einen eigenen Eintrag anlegen (je ein Formular) oder einen Eintrag für alle, wenn ein Formular alle erfasst hat (etwa bei Konten, die in Metas Kontenübersicht verknüpft sind)?</numerusform>
        </translation>
    </message>
    <message>
        <source>One entry per account</source>
        <translation>Ein Eintrag je Konto</translation>
    </message>
    <message>
        <source>One entry for all</source>
        <translation>Ein Eintrag für alle</translation>
    </message>
    <message>
        <source>Accounts co&amp;vered</source>
        <translation>Erfasste &amp;Konten</translation>
    </message>
    <message>
        <source>Logged &amp;in as</source>
        <translation>Ange&amp;meldet als</translation>
    </message>
</context>
<context>
    <name>RecordEntryLink</name>
    <message>
        <source>“%1” is not a link to an entry of the record. Such links look like ki-widerspruch://record/ENTRY; nothing was opened.</source>
        <translation>„%1“ ist kein Link zu einem Eintrag der Nachweise. Solche Links sehen so aus: ki-widerspruch://record/EINTRAG; nichts wurde geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is not the id of an entry of the record: ids are 1 to 64 letters (A-Z, a-z), digits, dots, hyphens or underscores; nothing was opened.</source>
        <translation>„%1“ ist keine Kennung eines Eintrags der Nachweise: Kennungen bestehen aus 1 bis 64 Buchstaben (A–Z, a–z), Ziffern, Punkten, Binde- oder Unterstrichen; nichts wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>Record-Objection-AI-Training</source>
        <translation>Nachweis-Widerspruch-KI-Training</translation>
    </message>
    <message>
        <source>Save documentation as PDF</source>
        <translation>Dokumentation als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Reminder-Meta-Answer</source>
        <translation>Erinnerung-Antwort-Meta</translation>
    </message>
    <message>
        <source>Save calendar reminder</source>
        <translation>Kalender-Erinnerung speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Not every file kept as evidence is as it was added:
%1

The documentation will say so. Save it anyway?</source>
        <translation>Nicht jede aufbewahrte Datei ist so, wie sie hinzugefügt wurde:
%1

Die Dokumentation sagt das. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>The documentation was not saved.</source>
        <translation>Die Dokumentation wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The documentation was not saved: checking the evidence was cancelled.</source>
        <translation>Die Dokumentation wurde nicht gespeichert: Die Prüfung der Belege wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This entry was recorded by an earlier version, which kept only the text that was sent. Sender, signatory and named persons are taken from the details in the wizard; please check them before you send the letter.</source>
        <translation>Dieser Eintrag stammt aus einer früheren Version, die nur den gesendeten Text aufbewahrt hat. Absender, Unterzeichner und genannte Personen stammen aus den Angaben im Assistenten; bitte prüfen Sie sie, bevor Sie das Schreiben senden.</translation>
    </message>
    <message>
        <source>This entry was recorded by an earlier version, which kept only the text that was sent, and the wizard holds no details of %1: the letter has no postal address and no signatory. Open the profile of %1 in the wizard (or enter its details there), then open this letter again.</source>
        <translation>Dieser Eintrag stammt aus einer früheren Version, die nur den gesendeten Text aufbewahrt hat, und der Assistent enthält keine Angaben zu %1: Das Schreiben hat keine Postanschrift und keinen Unterzeichner. Öffnen Sie das Profil von %1 im Assistenten (oder geben Sie die Angaben dort ein) und öffnen Sie dieses Schreiben dann erneut.</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>file name</comment>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>file name</comment>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Form-and-letter</source>
        <comment>file name</comment>
        <translation>Formular-und-Brief</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The entry “%1” has no id.</source>
        <translation>Der Eintrag „%1“ hat keine Kennung.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1: %2)</source>
        <translation>sie ist kein gültiges JSON (%1: %2)</translation>
    </message>
    <message>
        <source>it is not a KI-Widerspruch record file</source>
        <translation>sie ist keine Nachweisdatei von KI-Widerspruch</translation>
    </message>
    <message>
        <source>it was written by a newer version of KI-Widerspruch</source>
        <translation>sie stammt von einer neueren Version von KI-Widerspruch</translation>
    </message>
    <message>
        <source>The field “%1” must be a date and time like 2026-11-29T10:15:00Z.</source>
        <translation>Das Feld „%1“ muss Datum und Uhrzeit wie 2026-11-29T10:15:00Z enthalten.</translation>
    </message>
    <message>
        <source>The field “%1” must name a file in the attachments folder.</source>
        <translation>Das Feld „%1“ muss eine Datei im Belegordner nennen.</translation>
    </message>
    <message>
        <source>The field “%1” must be a SHA-256 checksum (64 hexadecimal digits).</source>
        <translation>Das Feld „%1“ muss eine SHA-256-Prüfsumme sein (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The field “%1” must be a size in bytes.</source>
        <translation>Das Feld „%1“ muss eine Größe in Byte sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be 1 to 64 letters (A-Z, a-z), digits, dots, hyphens or underscores.</source>
        <translation>Das Feld „%1“ muss aus 1 bis 64 Buchstaben (A–Z, a–z), Ziffern, Punkten, Bindestrichen oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>The field “%1” is empty: every account needs its name.</source>
        <translation>Das Feld „%1“ ist leer: Jedes Konto braucht seinen Namen.</translation>
    </message>
    <message>
        <source>The field “%1” is empty: every account needs its address.</source>
        <translation>Das Feld „%1“ ist leer: Jedes Konto braucht seine Adresse.</translation>
    </message>
    <message>
        <source>The field “%1” names no account: an entry covers at least one account.</source>
        <translation>Das Feld „%1“ nennt kein Konto: Ein Eintrag umfasst mindestens ein Konto.</translation>
    </message>
    <message>
        <source>The field “version” must be a whole number from 1 to %1.</source>
        <translation>Das Feld „version“ muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>it only marks that the record moved into the database %1</source>
        <translation>sie zeigt nur an, dass die Nachweise in die Datenbank %1 umgezogen sind</translation>
    </message>
    <message>
        <source>The file %1 of entry %2 is not the one recorded (its SHA-256 differs).</source>
        <translation>Die Datei %1 des Eintrags %2 ist nicht die erfasste (ihre SHA-256-Prüfsumme weicht ab).</translation>
    </message>
    <message>
        <source>The entry could not be saved</source>
        <translation>Der Eintrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The import was checked and found incomplete (%1 of %2 entries); nothing was imported.</source>
        <translation>Der Import wurde geprüft und ist unvollständig (%1 von %2 Einträgen); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The record file %1 of an earlier version is not an ordinary file; it was not imported and is left as it is.</source>
        <translation>Die Nachweisdatei %1 einer früheren Version ist keine gewöhnliche Datei; sie wurde nicht importiert und bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>it is larger than 2 GiB</source>
        <translation>sie ist größer als 2 Gigabyte</translation>
    </message>
    <message>
        <source>The record file %1 of an earlier version could not be imported: %2. It is left unchanged and imported at the next start once it can be read.</source>
        <translation>Die Nachweisdatei %1 einer früheren Version konnte nicht importiert werden: %2. Sie bleibt unverändert und wird beim nächsten Start importiert, sobald sie lesbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were imported from %1 into the database, but the file could not be renamed; it is imported again at the next start (nothing twice).</source>
        <translation>
            <numerusform>%n Eintrag wurde aus %1 in die Datenbank übernommen, aber die Datei konnte nicht umbenannt werden; sie wird beim nächsten Start erneut importiert (nichts doppelt).</numerusform>
            <numerusform>%n Einträge wurden aus %1 in die Datenbank übernommen, aber die Datei konnte nicht umbenannt werden; sie wird beim nächsten Start erneut importiert (nichts doppelt).</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry with the id %1 exists already.</source>
        <translation>Ein Eintrag mit der Kennung %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved</source>
        <translation>Die Bestätigung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The account %1 is not part of this entry.</source>
        <translation>Das Konto %1 gehört nicht zu diesem Eintrag.</translation>
    </message>
    <message>
        <source>%1 is attached to this entry already.</source>
        <translation>%1 ist diesem Eintrag bereits beigefügt.</translation>
    </message>
    <message>
        <source>The file could not be recorded</source>
        <translation>Die Datei konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>The entry could not be deleted</source>
        <translation>Der Eintrag konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The record of objections could not be opened</source>
        <translation>Die Nachweise konnten nicht geöffnet werden</translation>
    </message>
    <message>
        <source>There is no record of objections yet (%1).</source>
        <translation>Es gibt noch keine Nachweise (%1).</translation>
    </message>
    <message>
        <source>The folder %1 for the record of objections could not be created; please check the folder and try again.</source>
        <translation>Der Ordner %1 für die Nachweise konnte nicht angelegt werden; bitte prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The record of objections could not be read</source>
        <translation>Die Nachweise konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The record of objections %1 was written by a newer version of KI-Widerspruch. It is shown but not changed; please use the newer version to record anything.</source>
        <translation>Die Nachweise %1 wurden von einer neueren Version von KI-Widerspruch geschrieben. Sie werden angezeigt, aber nicht geändert; bitte erfassen Sie Neues mit der neueren Version.</translation>
    </message>
    <message>
        <source>The record of objections is on a network drive (%1). It is kept there, but one record used by several people or computers over a network drive is not supported: entries may be lost. Please keep the record on this computer and share it by exporting it.</source>
        <translation>Die Nachweise liegen auf einem Netzlaufwerk (%1). Sie werden dort geführt, aber gemeinsame Nachweise mehrerer Personen oder Computer auf einem Netzlaufwerk werden nicht unterstützt: Einträge können verloren gehen. Bitte führen Sie die Nachweise auf diesem Computer und geben Sie sie per Export weiter.</translation>
    </message>
    <message>
        <source>The record of objections could not be created</source>
        <translation>Die Nachweise konnten nicht angelegt werden</translation>
    </message>
    <message>
        <source>The record of objections %1 was changed by a newer version of KI-Widerspruch since this window opened it. Nothing was saved; please use the newer version.</source>
        <translation>Die Nachweise %1 wurden seit dem Öffnen dieses Fensters von einer neueren Version von KI-Widerspruch geändert. Es wurde nichts gespeichert; bitte verwenden Sie die neuere Version.</translation>
    </message>
    <message>
        <source>This entry no longer exists (it was deleted in another window).</source>
        <translation>Diesen Eintrag gibt es nicht mehr (er wurde in einem anderen Fenster gelöscht).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the drive or the file is read-only</source>
        <translation>das Laufwerk oder die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>access was denied or the folder does not exist</source>
        <translation>der Zugriff wurde verweigert oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>another KI-Widerspruch window has been writing it for too long; please try again</source>
        <translation>ein anderes KI-Widerspruch-Fenster schreibt schon zu lange darin; bitte versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the drive reported a read or write error</source>
        <translation>das Laufwerk hat einen Lese- oder Schreibfehler gemeldet</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>The record of objections could not be checked</source>
        <translation>Die Nachweise konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>The record of objections %1 is damaged and could not be copied aside. It is left as it is and not written; please make a copy of the folder before anything else.</source>
        <translation>Die Nachweise %1 sind beschädigt und konnten nicht beiseitekopiert werden. Sie bleiben, wie sie sind, und werden nicht beschrieben; bitte kopieren Sie vor allem anderen den Ordner.</translation>
    </message>
    <message>
        <source>The record of objections %1 is damaged. A copy was kept as %2; the file is not written. What can still be read is shown; you can export it and then start a new record.</source>
        <translation>Die Nachweise %1 sind beschädigt. Eine Kopie wurde als %2 aufbewahrt; die Datei wird nicht beschrieben. Was sich noch lesen lässt, wird angezeigt; Sie können es exportieren und dann neue Nachweise beginnen.</translation>
    </message>
    <message>
        <source>Another KI-Widerspruch window is starting a new record; please try again.</source>
        <translation>Ein anderes KI-Widerspruch-Fenster beginnt gerade neue Nachweise; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The damaged record %1 could not be removed; a copy is kept as %2.</source>
        <translation>Die beschädigten Nachweise %1 konnten nicht entfernt werden; eine Kopie ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Record of objections</source>
        <translation>Nachweise der Widersprüche</translation>
    </message>
    <message numerus="yes">
        <source>The record of objections is now kept in a database (%1): %n entries were imported from the file of the earlier version, which is kept unchanged as %2.</source>
        <translation>
            <numerusform>Die Nachweise werden jetzt in einer Datenbank geführt (%1): %n Eintrag wurde aus der Datei der früheren Version übernommen; die Datei bleibt unverändert als %2 erhalten.</numerusform>
            <numerusform>Die Nachweise werden jetzt in einer Datenbank geführt (%1): %n Einträge wurden aus der Datei der früheren Version übernommen; die Datei bleibt unverändert als %2 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “Record of objections” to export what can still be read.</source>
        <translation>Öffnen Sie „Nachweise der Widersprüche“, um zu exportieren, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>a device or a pipe</source>
        <translation>ein Gerät oder eine Pipe</translation>
    </message>
    <message>
        <source>The record of objections %1 is in a folder KI-Widerspruch may not write to. It is shown but not changed; please check the folder&apos;s permissions to record anything.</source>
        <translation>Die Nachweise %1 liegen in einem Ordner, in den KI-Widerspruch nicht schreiben darf. Sie werden angezeigt, aber nicht geändert; bitte prüfen Sie die Rechte des Ordners, um etwas einzutragen.</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The record file %1 is not an ordinary file but %2. KI-Widerspruch keeps the record only in its own data folder and does not use it; please move it away.</source>
        <translation>Die Nachweisdatei %1 ist keine gewöhnliche Datei, sondern %2. KI-Widerspruch führt die Nachweise nur in seinem eigenen Datenordner und verwendet sie nicht; bitte räumen Sie sie beiseite.</translation>
    </message>
    <message>
        <source>The field “%1” is empty: a confirmation needs its date.</source>
        <translation>Das Feld „%1“ ist leer: Eine Bestätigung braucht ihr Datum.</translation>
    </message>
    <message>
        <source>The field “%1” names a file the entry keeps already.</source>
        <translation>Das Feld „%1“ nennt eine Datei, die der Eintrag bereits aufbewahrt.</translation>
    </message>
    <message>
        <source>The record file %1 of an earlier version is being written by that version; it is imported at the next start.</source>
        <translation>Die Nachweisdatei %1 einer früheren Version wird gerade von dieser Version geschrieben; sie wird beim nächsten Start importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the file have the id of an entry in the database but other content; they were not imported and stay in that file.</source>
        <translation>
            <numerusform>%n Eintrag der Datei hat die Kennung eines Eintrags in der Datenbank, aber einen anderen Inhalt; er wurde nicht importiert und bleibt in dieser Datei.</numerusform>
            <numerusform>%n Einträge der Datei haben die Kennung eines Eintrags in der Datenbank, aber einen anderen Inhalt; sie wurden nicht importiert und bleiben in dieser Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry is kept until KI-Widerspruch is closed and saved as soon as the record can be written (with the next change, or when the record window is opened); the program asks before it would be lost.</source>
        <translation>Der Eintrag bleibt bis zum Schließen von KI-Widerspruch erhalten und wird gespeichert, sobald sich die Nachweise schreiben lassen (mit der nächsten Änderung oder beim Öffnen der Nachweise); bevor er verloren ginge, fragt das Programm.</translation>
    </message>
    <message>
        <source>The record of objections is on a network drive, and another program has it open; it could not be set up for a network drive.</source>
        <translation>Die Nachweise liegen auf einem Netzlaufwerk, und ein anderes Programm hat sie geöffnet; sie konnten nicht für ein Netzlaufwerk eingerichtet werden.</translation>
    </message>
    <message>
        <source>The record of objections was replaced by another window just now; please try again.</source>
        <translation>Die Nachweise wurden gerade von einem anderen Fenster ersetzt; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The record of objections could not be checked (%1); nothing was changed. Please try again.</source>
        <translation>Die Nachweise konnten nicht geprüft werden (%1); es wurde nichts geändert. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SaveThroughDialog</name>
    <message>
        <source>The file was not saved.</source>
        <translation>Die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 gibt es schon. Soll die Datei ersetzt werden?</translation>
    </message>
</context>
<context>
    <name>SendingSteps</name>
    <message>
        <source>What to do next</source>
        <translation>So geht es weiter</translation>
    </message>
    <message>
        <source>Signed and at &amp;hand</source>
        <translation>Liegen unterschrieben &amp;vor</translation>
    </message>
    <message>
        <source>0. Powers of attorney</source>
        <translation>0. Vollmachten</translation>
    </message>
    <message>
        <source>1. Save as PDF</source>
        <translation>1. Als PDF speichern</translation>
    </message>
    <message>
        <source>2. Print, sign, send by post</source>
        <translation>2. Drucken, unterschreiben, per Post senden</translation>
    </message>
    <message>
        <source>3. Online forms</source>
        <translation>3. Onlineformulare</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message numerus="yes">
        <source>The letter names %n person(s) who object through your organisation and offers Meta their signed powers of attorney on request. Keep them with your copy of the letter.</source>
        <translation>
            <numerusform>Der Brief nennt %n Person, die über Ihre Organisation widerspricht, und bietet Meta ihre unterschriebene Vollmacht auf Anfrage an. Bewahren Sie sie mit Ihrer Kopie des Briefs auf.</numerusform>
            <numerusform>Der Brief nennt %n Personen, die über Ihre Organisation widersprechen, und bietet Meta ihre unterschriebenen Vollmachten auf Anfrage an. Bewahren Sie sie mit Ihrer Kopie des Briefs auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>For printing and for your own file: Meta publishes no e-mail address for objections, so the PDF is not sent anywhere.</source>
        <translation>Zum Drucken und für Ihre eigenen Unterlagen: Meta nennt keine E-Mail-Adresse für Widersprüche, das PDF wird also nirgendwohin geschickt.</translation>
    </message>
    <message>
        <source>Sign the printed letter and send it by post, ideally by registered mail, to: %1. Then record it with “Record as sent” (below step 3).</source>
        <translation>Unterschreiben Sie den gedruckten Brief und schicken Sie ihn per Post, am besten per Einschreiben, an: %1. Tragen Sie ihn danach mit „Als gesendet eintragen“ (unter Schritt 3) ein.</translation>
    </message>
    <message>
        <source>For each Instagram account, and for your own personal profile as an admin: copy the text, open the form while logged in, paste the text (Ctrl+V), send it, and record it as sent. A Facebook Page is covered by the letter: the form, sent while logged in with your personal account, may cover only your own profile.</source>
        <translation>Für jedes Instagram-Konto und für Ihr eigenes persönliches Profil als Admin: Text kopieren, Formular angemeldet öffnen, Text einfügen (Strg+V), absenden und als gesendet eintragen. Eine Facebook-Seite deckt der Brief ab: Das Formular, mit Ihrem persönlichen Konto angemeldet gesendet, erfasst womöglich nur Ihr eigenes Profil.</translation>
    </message>
    <message>
        <source>Next: copy the text.</source>
        <translation>Als Nächstes: Text kopieren.</translation>
    </message>
    <message>
        <source>Next: open the form.</source>
        <translation>Als Nächstes: Formular öffnen.</translation>
    </message>
    <message>
        <source>Next: record it as sent.</source>
        <translation>Als Nächstes: als gesendet eintragen.</translation>
    </message>
    <message>
        <source>✓ %1 (recorded)</source>
        <translation>✓ %1 (eingetragen)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>The letter lists no Instagram account.</source>
        <translation>Der Brief nennt kein Instagram-Konto.</translation>
    </message>
    <message>
        <source>Instagram accounts: %1</source>
        <translation>Instagram-Konten: %1</translation>
    </message>
    <message>
        <source>The way to the objection through Meta&apos;s privacy policy keeps working when the forms&apos; addresses change.</source>
        <translation>Der Weg zum Widerspruch über Metas Datenschutzrichtlinie bleibt, auch wenn sich die Adressen der Formulare ändern.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>KI-Widerspruch is running already but does not answer; a second window opens.</source>
        <translation>KI-Widerspruch läuft bereits, antwortet aber nicht; ein zweites Fenster öffnet sich.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why object?</source>
        <translation>Warum widersprechen?</translation>
    </message>
    <message>
        <source>&amp;About KI-Widerspruch …</source>
        <translation>Ü&amp;ber KI-Widerspruch …</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters for organisations:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum das für Organisationen wichtig ist:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You must be able to show that you comply with data protection (Art. 5(2) and Art. 24 GDPR). This wizard keeps a record of what was sent, when, by whom and for which accounts.</source>
        <translation>Ihre Organisation muss nachweisen können, dass sie den Datenschutz einhält (Art. 5 Abs. 2 und Art. 24 DSGVO). Dieser Assistent führt einen Nachweis darüber, was wann von wem für welche Konten gesendet wurde.</translation>
    </message>
    <message>
        <source>The German supervisory authorities (DSK, 2022) consider compliant operation of Facebook Pages currently not possible. The LDA Brandenburg (19 May 2025) urged public bodies that run Pages to object themselves.</source>
        <translation>Die deutschen Aufsichtsbehörden (DSK, 2022) halten einen datenschutzkonformen Betrieb von Facebook-Seiten derzeit nicht für möglich. Die LDA Brandenburg (19. Mai 2025) hat öffentliche Stellen, die Seiten betreiben, aufgefordert, selbst zu widersprechen.</translation>
    </message>
    <message>
        <source>For companies, authorities, associations, universities, churches and other organisations: what Meta does with their content, and what an objection can do.</source>
        <translation>Für Unternehmen, Behörden, Vereine, Hochschulen, Kirchen und andere Organisationen: was Meta mit ihren Inhalten macht und was ein Widerspruch bewirken kann.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since 27 May 2025 Meta (Facebook, Instagram) has been training its AI models on public content of adults in the EU: public posts, comments, reviews, activity on Pages, in channels and in public groups, with name, user name and profile picture, and on conversations with Meta AI. Private messages and accounts of minors are excluded. Meta relies on its legitimate interest (Art. 6(1)(f) GDPR); people can object (Art. 21 GDPR).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seit dem 27. Mai 2025 trainiert Meta (Facebook, Instagram) seine KI-Modelle mit öffentlichen Inhalten Erwachsener in der EU: öffentliche Beiträge, Kommentare, Bewertungen, Aktivitäten auf Seiten, in Kanälen und öffentlichen Gruppen, mit Name, Nutzername und Profilbild, sowie Unterhaltungen mit Meta AI. Private Nachrichten und Konten Minderjähriger sind ausgenommen. Meta stützt sich auf sein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO); Menschen können widersprechen (Art. 21 DSGVO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>As operator of its accounts, your organisation objects to the use of the content it has published and publishes there, and asks Meta to stop. Meta must weigh the facts you state in its own balancing (Art. 6(1)(f) GDPR); this demand has no legal effect of its own.</source>
        <translation>Als Betreiberin ihrer Konten widerspricht Ihre Organisation der Verwendung der Inhalte, die sie dort veröffentlicht hat und veröffentlicht, und bittet Meta, diese Verwendung einzustellen. Meta muss die Tatsachen, die Sie nennen, in seiner eigenen Abwägung berücksichtigen (Art. 6 Abs. 1 lit. f DSGVO); eine eigene Rechtswirkung hat diese Bitte nicht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;When it takes effect.&lt;/b&gt; A person&apos;s objection can be made at any time and takes effect on receipt: from then on Meta may use that person&apos;s data, older posts included, only if it demonstrates compelling legitimate grounds (Art. 21(1) GDPR). Your organisation&apos;s own demand asks Meta to stop from receipt and to say whether it will. What was already used stays in the trained models.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ab wann es wirkt.&lt;/b&gt; Der Widerspruch einer Person ist jederzeit möglich und wirkt ab seinem Eingang: Danach darf Meta die Daten dieser Person, auch ältere Beiträge, nur noch verwenden, wenn es zwingende schutzwürdige Gründe nachweist (Art. 21 Abs. 1 DSGVO). Die eigene Bitte Ihrer Organisation fordert Meta auf, die Verwendung ab Eingang einzustellen und mitzuteilen, ob es dem folgt. Was bereits verwendet wurde, bleibt in den trainierten Modellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The operator of a Facebook Page is joint controller with Meta for the processing of visitors&apos; data for the Page&apos;s statistics, Page Insights (Art. 26 GDPR; CJEU, 5 June 2018, C-210/16, paras 35-39). Joint responsibility reaches only operations whose purposes and means the operator co-determines (CJEU, 29 July 2019, C-40/17, para 74); AI training is not among them, and Meta&apos;s Page Insights Controller Addendum excludes Meta&apos;s own later processing. Whether joint control reaches further is disputed (VG Köln, 17 July 2025, 13 K 1419/23, not final), and for Instagram there is no ruling.</source>
        <translation>Wer eine Facebook-Seite betreibt, ist mit Meta gemeinsam verantwortlich für die Verarbeitung von Besucherdaten für die Statistiken der Seite, die Seiten-Insights (Art. 26 DSGVO; EuGH, 5. Juni 2018, C-210/16, Rn. 35–39). Gemeinsame Verantwortung reicht nur so weit, wie die Betreiberin über Zwecke und Mittel mitentscheidet (EuGH, 29. Juli 2019, C-40/17, Rn. 74); das KI-Training gehört nicht dazu, und Metas Seiten-Insights-Ergänzung bezüglich des Verantwortlichen nimmt Metas eigene spätere Verarbeitung aus. Ob die gemeinsame Verantwortung weiter reicht, ist umstritten (VG Köln, 17. Juli 2025, 13 K 1419/23, nicht rechtskräftig); für Instagram gibt es keine Entscheidung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Important:&lt;/b&gt; nothing obliges your organisation to object; the record of what it sent documents its diligence towards the people in its content. An objection made before 27 May 2025 kept the data out from the start; one made now cannot take back what was already used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wichtig:&lt;/b&gt; Keine Vorschrift verpflichtet Ihre Organisation zum Widerspruch; die Dokumentation dessen, was sie gesendet hat, belegt ihre Sorgfalt gegenüber den Menschen in ihren Inhalten. Ein Widerspruch vor dem 27. Mai 2025 hielt die Daten von Anfang an heraus; ein Widerspruch heute kann bereits Verwendetes nicht zurückholen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Who may object, and what the letter does.&lt;/b&gt; The right to object belongs to natural persons (Art. 4 No. 1 and Art. 21 GDPR, Recital 14); a company, an authority, an association or a university is not one, and it cannot exercise the right of its staff or of the people in its photos. Meta announced on 14 April 2025 a form for people to object to the use of their own information; it said nothing about Pages or organisations. The letter therefore does three things:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wer widersprechen kann und was der Brief tut.&lt;/b&gt; Das Widerspruchsrecht steht natürlichen Personen zu (Art. 4 Nr. 1 und Art. 21 DSGVO, Erwägungsgrund 14); ein Unternehmen, eine Behörde, ein Verein oder eine Hochschule ist keine, und sie kann das Recht ihrer Beschäftigten oder der Menschen auf ihren Fotos nicht ausüben. Meta hat am 14. April 2025 ein Formular angekündigt, mit dem Menschen der Verwendung ihrer eigenen Informationen widersprechen können; zu Seiten oder Organisationen hat Meta nichts gesagt. Der Brief tut deshalb dreierlei:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People who have authorised your organisation in writing (staff, members, people in its photos) object in their own names under Art. 21 GDPR. Only they are named, each with the date of the signed power of attorney; the wizard prints the form.</source>
        <translation>Menschen, die Ihre Organisation schriftlich bevollmächtigt haben (Beschäftigte, Mitglieder, Menschen auf ihren Fotos), widersprechen im eigenen Namen nach Art. 21 DSGVO. Nur sie werden genannt, jeweils mit dem Datum der unterschriebenen Vollmacht; den Vordruck erstellt der Assistent.</translation>
    </message>
    <message>
        <source>No court has forbidden the training (as of %1): the OLG Köln (23 May 2025, 15 UKl 2/25) and the OLG Schleswig (12 August 2025, 6 UKl 3/25) rejected urgent applications against it.</source>
        <translation>Kein Gericht hat das Training untersagt (Stand: %1): Das OLG Köln (23. Mai 2025, 15 UKl 2/25) und das OLG Schleswig (12. August 2025, 6 UKl 3/25) haben Eilanträge dagegen abgelehnt.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Long date format (QLocale); German: d. MMMM yyyy</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Everyone else is told how to object themselves: followers with their own account through Meta&apos;s forms, people shown in others&apos; content without an account through Meta&apos;s separate form for them. Visitors&apos; comments, pictures and interactions are covered only if they object themselves (LDA Brandenburg, 19 May 2025).</source>
        <translation>Alle anderen erfahren, wie sie selbst widersprechen: Follower mit eigenem Konto über die Formulare von Meta, Menschen, die in Inhalten anderer zu sehen sind, ohne eigenes Konto über Metas eigenes Formular dafür. Kommentare, Bilder und Interaktionen von Besucherinnen und Besuchern sind nur erfasst, wenn diese Menschen selbst widersprechen (LDA Brandenburg, 19. Mai 2025).</translation>
    </message>
    <message>
        <source>&amp;More about this</source>
        <translation>&amp;Mehr dazu</translation>
    </message>
    <message>
        <source>More about this: who may object, when it takes effect, why it matters</source>
        <translation>Mehr dazu: wer widersprechen kann, ab wann es wirkt, warum es wichtig ist</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since 27 May 2025 Meta (Facebook, Instagram) has been training its AI models on public content of adults in the EU, relying on its legitimate interest (Art. 6(1)(f) GDPR).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seit dem 27. Mai 2025 trainiert Meta (Facebook, Instagram) seine KI-Modelle mit öffentlichen Inhalten Erwachsener in der EU und stützt sich dabei auf sein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The right to object (Art. 21 GDPR) belongs to natural persons, not to organisations. The letter therefore does three things: your organisation objects as operator of its accounts and asks Meta to stop; people who authorised it in writing object in their own names; everyone else is told how to object themselves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Widerspruchsrecht (Art. 21 DSGVO) steht natürlichen Personen zu, nicht Organisationen. Der Brief tut deshalb dreierlei: Ihre Organisation widerspricht als Betreiberin ihrer Konten und bittet Meta, die Verwendung einzustellen; Menschen, die sie schriftlich bevollmächtigt haben, widersprechen im eigenen Namen; alle anderen erfahren, wie sie selbst widersprechen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What was already used stays in the trained models. Nothing obliges your organisation to object; the record of what it sent documents its diligence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was bereits verwendet wurde, bleibt in den trainierten Modellen. Keine Vorschrift verpflichtet Ihre Organisation zum Widerspruch; die Dokumentation dessen, was sie gesendet hat, belegt ihre Sorgfalt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message numerus="yes">
        <source>Missing: %1</source>
        <translation>
            <numerusform>Es fehlt: %1</numerusform>
            <numerusform>Es fehlen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
