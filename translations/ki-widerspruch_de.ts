<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Your pages and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every Facebook page and Instagram account of your organisation. At least one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stadt Musterstadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.facebook.com/yourpage or @name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the page or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address or @name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and accounts in the &amp;letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name of the page or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Please choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3. Please choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2). Is the disk full? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have these at hand. You can tick them off as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to each Facebook page and Instagram account, and the e-mail address of each account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and postal address of your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of all Facebook pages and Instagram accounts of your organisation, with their web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact person who takes care of Meta&apos;s answer, for example your data-protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything you enter stays on this computer. The wizard works offline and only opens Meta&apos;s pages in your browser when you ask it to.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done – and what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Meta clearly that you are not part of its training data farm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In short:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta wants to use your data for AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can object – but you have to do it actively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection protects you, the people on your pages and your GDPR record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text through Meta&apos;s online form for each account and keep Meta&apos;s confirmation e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One objection covers one account. Object for each Facebook page and Instagram account; accounts linked in Meta&apos;s Accounts Center can be covered together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the e-mail address of an account changes, object again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the letter by post, ideally by registered mail, and file a copy together with the date you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Meta has not answered after one month, ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>How to object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two routes. Take both if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1. Online form.&lt;/b&gt; Log in with the account of your page. Open Meta&apos;s privacy policy at %1 and go to „Rechte“ → „Widerspruch gegen die Verarbeitung deiner Informationen“. Enter the account&apos;s e-mail address and paste the text that this wizard prepares for you. Meta confirms by e-mail: keep that e-mail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Meta keeps rebuilding its help pages, so the way there may look different. On the preview page you can also open the direct forms for Facebook and Instagram. The forms are made for personal profiles, and a page cannot always use them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;2. Letter.&lt;/b&gt; That is why this wizard also writes a letter to %1. Print it and send it by post, ideally by registered mail, or keep it as a PDF. The letter documents the objection for your organisation&apos;s files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>Please enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (example: datenschutz@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the address of the Facebook page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the address or @name of the Instagram account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An @name may only contain letters, digits, dots and (on Instagram) underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a web address starting with https://, or an @name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Facebook address (example: https://www.facebook.com/yourpage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Instagram address (example: https://www.instagram.com/youraccount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must lead to your page or account, not to the start page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterExporter</name>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be sent to the printer. Please check the printer and try again, or save the letter as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is on the clipboard. Paste it into Meta&apos;s form with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started. Please open this address yourself:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterOptionsPage</name>
    <message>
        <source>Letter options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the letter should say. The suggestions fit your kind of organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds from your particular situation (Art. 21 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection without grounds may be judged ineffective. Tick what applies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: describe your situation in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Further grounds in your own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to &amp;joint controllership (Art. 26 GDPR, CJEU C-210/16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for written &amp;confirmation within one month (Art. 12(3) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are a public body with a duty of neutrality, and citizens must be able to reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors or vulnerable people comment on our pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People bring confidential or professional matters to us there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not need AI training to run our pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionWizard</name>
    <message>
        <source>Germany</source>
        <comment>default country of the organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI-Widerspruch – object to Meta&apos;s AI training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who objects? These details go into the letter. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the organisation *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. data-protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. datenschutz@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a contact person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the letter exactly as it will be saved and printed. Send it by post and use the text in Meta&apos;s online form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Meta&apos;s privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instagram form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the text for Meta&apos;s online form: subject, text and contact, without the address block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page view of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why object?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta uses AI – and your data along with it. This wizard helps your organisation object in a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Meta (Facebook, Instagram and others) trains its AI models on public content of adults in the EU: public posts, comments, reviews, activity on Pages and in public groups, names, user names and profile pictures, and conversations with Meta AI. The training began on 27 May 2025. Private messages and accounts of minors are excluded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If you run a Facebook page or an Instagram account, Meta processes personal data there: comments, interactions, profile pictures, contact details. All of it can be used to train AI systems unless you object.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For companies and public bodies this is a data-protection minefield:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further processing for AI training is legally disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the operator of a page you remain jointly responsible with Meta (joint controllership, Art. 26 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must be able to show that you take your data-protection duties seriously (Art. 5(2) and Art. 24 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Important:&lt;/b&gt; an objection only works for the future. Data that has already been used for training stays in the trained models. So object as early as possible.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Object to Meta&apos;s AI training as an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
