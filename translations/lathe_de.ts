<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EqBandText</name>
    <message>
        <source>Bell</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>Low Shelf</source>
        <translation>Bass-Kuhschwanz</translation>
    </message>
    <message>
        <source>High Shelf</source>
        <translation>Höhen-Kuhschwanz</translation>
    </message>
    <message>
        <source>Low Cut</source>
        <translation>Tiefschnitt</translation>
    </message>
    <message>
        <source>High Cut</source>
        <translation>Hochschnitt</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Kerbfilter</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/Okt.</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>Q %1</translation>
    </message>
</context>
<context>
    <name>ModulePanelFactory</name>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>Kompressor</translation>
    </message>
    <message>
        <source>Multiband</source>
        <translation>Multiband</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Declick</source>
        <translation>Entknackser</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>Limiter</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation><numerusform>%n Band</numerusform><numerusform>%n Bänder</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>an album that was never saved</source>
        <translation>ein nie gespeichertes Album</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Lathe did not close normally. Changes to %1, autosaved %2, were never saved.</source>
        <translation>Lathe wurde nicht normal beendet. Änderungen an %1, automatisch gesichert %2, wurden nie gespeichert.</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes; the album's own file is untouched until you save.</source>
        <translation>„Wiederherstellen“ öffnet sie als ungespeicherte Änderungen; die Albumdatei selbst bleibt unberührt, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>lathe::ui::AlbumTimelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <source>Fade-in curve</source>
        <translation>Kurve der Einblendung</translation>
    </message>
    <message>
        <source>Fade-out curve</source>
        <translation>Kurve der Ausblendung</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>Quelle nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ChainEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a module after the selected one</source>
        <translation>Modul hinter dem ausgewählten einfügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected module</source>
        <translation>Ausgewähltes Modul entfernen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the selected module earlier in the chain</source>
        <translation>Ausgewähltes Modul in der Kette nach vorn</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the selected module later in the chain</source>
        <translation>Ausgewähltes Modul in der Kette nach hinten</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Angleichen</translation>
    </message>
    <message>
        <source>Level-matched bypass: a module you bypass keeps its loudness on the monitor, so you hear what it does to the sound, not how much louder it makes it</source>
        <translation>Pegelangeglichene Umgehung: ein umgangenes Modul behält auf der Abhöre seine Lautheit, so hören Sie, was es am Klang ändert, nicht wie viel lauter es macht</translation>
    </message>
    <message>
        <source>The chain to edit: the master's, or a track's (follows the selected track)</source>
        <translation>Die zu bearbeitende Kette: die des Masters oder eines Titels (folgt dem ausgewählten Titel)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>%1 umgehen</translation>
    </message>
    <message>
        <source>Master chain</source>
        <translation>Master-Kette</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>Titel %1: %2</translation>
    </message>
    <message>
        <source>Empty chain</source>
        <translation>Leere Kette</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>Bypass a module to hear it level-matched.</source>
        <translation>Ein Modul umgehen, um es pegelangeglichen zu hören.</translation>
    </message>
    <message>
        <source>Bypass made up by %1 dB on the monitor</source>
        <translation>Umgehung auf der Abhöre um %1 dB ausgeglichen</translation>
    </message>
    <message>
        <source>Measuring the bypassed level…</source>
        <translation>Umgangener Pegel wird gemessen …</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CompressorControls</name>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attack</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation>Aufholverstärkung</translation>
    </message>
    <message>
        <source>Stereo link</source>
        <translation>Stereo-Kopplung</translation>
    </message>
    <message>
        <source>SC HPF</source>
        <translation>SC-HPF</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>What the compressor reacts to: the RMS level (smooth, musical) or the peak level (fast, catches transients)</source>
        <translation>Worauf der Kompressor reagiert: den RMS-Pegel (weich, musikalisch) oder den Spitzenpegel (schnell, fängt Transienten)</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Set detector</source>
        <translation>Detektor setzen</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CorrelationMeter</name>
    <message>
        <source>Phase correlation: +1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>Phasenkorrelation: +1 mono, 0 breit, unter 0 löscht sich in Mono aus</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CrossoverView</name>
    <message>
        <source>Drag a crossover to move it (Shift: fine); click a band to edit it</source>
        <translation>Trennfrequenz ziehen zum Verschieben (Umschalt: fein); Band anklicken zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DdpExportPage</name>
    <message>
        <source>Album title</source>
        <translation>Albumtitel</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Songwriter</source>
        <translation>Songwriter</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Komponist</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>Arrangeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Catalogue (UPC/EAN)</source>
        <translation>Katalog (UPC/EAN)</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Disc</translation>
    </message>
    <message>
        <source>12 or 13 digits, optional</source>
        <translation>12 oder 13 Ziffern, optional</translation>
    </message>
    <message>
        <source>CD-Text</source>
        <translation>CD-Text</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Pregap (s)</source>
        <translation>Pregap (s)</translation>
    </message>
    <message>
        <source>ISRC: CC-XXX-YY-NNNNN (hyphens optional). Track 1 needs a pregap of at least 2 s on CD; every track lasts at least 4 s.</source>
        <translation>ISRC: CC-XXX-YY-NNNNN (Bindestriche optional). Auf CD braucht Titel 1 ein Pregap von mindestens 2 s; jeder Titel dauert mindestens 4 s.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>none: the disc has no MCN</source>
        <translation>keiner: die Disc hat keinen MCN</translation>
    </message>
    <message>
        <source>valid UPC-A</source>
        <translation>gültiger UPC-A</translation>
    </message>
    <message>
        <source>valid EAN-13</source>
        <translation>gültiger EAN-13</translation>
    </message>
    <message>
        <source>Written to the disc (CDTEXT.BIN) from the texts above and the track titles and performers.</source>
        <translation>Wird auf die Disc geschrieben (CDTEXT.BIN), aus den Texten oben und den Titeln und Interpreten der Tracks.</translation>
    </message>
    <message>
        <source>Not written: no album or track text is set.</source>
        <translation>Wird nicht geschrieben: kein Album- oder Titeltext gesetzt.</translation>
    </message>
    <message>
        <source>Crossfaded into the previous track: no pregap</source>
        <translation>In den vorigen Titel übergeblendet: kein Pregap</translation>
    </message>
    <message>
        <source>Edit track title</source>
        <translation>Titelname bearbeiten</translation>
    </message>
    <message>
        <source>Edit track performer</source>
        <translation>Interpret des Titels bearbeiten</translation>
    </message>
    <message>
        <source>Edit ISRC</source>
        <translation>ISRC bearbeiten</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Pause ändern</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DeclickPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqCurveView</name>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delete Band</source>
        <translation>Band löschen</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqPanel</name>
    <message>
        <source>mix (A)</source>
        <translation>Mix (A)</translation>
    </message>
    <message>
        <source>master (B)</source>
        <translation>Master (B)</translation>
    </message>
    <message>
        <source>Minimum phase</source>
        <translation>Minimalphasig</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Linearphasig</translation>
    </message>
    <message>
        <source>Minimum phase: no latency, the phase turns like an analogue EQ.
Linear phase: no phase shift, with latency and pre-ringing.</source>
        <translation>Minimalphasig: keine Latenz, die Phase dreht sich wie bei einem analogen EQ.
Linearphasig: keine Phasenverschiebung, mit Latenz und Vorschwingen.</translation>
    </message>
    <message>
        <source>Change EQ Phase</source>
        <translation>EQ-Phase ändern</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>±%1 dB</source>
        <translation>±%1 dB</translation>
    </message>
    <message>
        <source>The gain range the curve shows</source>
        <translation>Der Gain-Bereich, den die Kurve zeigt</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/Okt.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected band (Del)</source>
        <translation>Das ausgewählte Band löschen (Entf)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Flankensteilheit</translation>
    </message>
    <message>
        <source>Double-click the curve to add a band. Drag a node for frequency and gain, turn the wheel over it for Q, right-click for shape and placement.</source>
        <translation>Doppelklick auf die Kurve fügt ein Band hinzu. Einen Punkt ziehen für Frequenz und Gain, darüber das Mausrad drehen für Q, Rechtsklick für Form und Platzierung.</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <source>No band</source>
        <translation>Kein Band</translation>
    </message>
    <message>
        <source>Edit EQ Band %1</source>
        <translation>EQ-Band %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add EQ Band</source>
        <translation>EQ-Band hinzufügen</translation>
    </message>
    <message>
        <source>Delete EQ Band %1</source>
        <translation>EQ-Band %1 löschen</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportDialog</name>
    <message>
        <source>Checking the project…</source>
        <translation>Projekt wird geprüft…</translation>
    </message>
    <message>
        <source>Rendering the tracks through their chains…</source>
        <translation>Titel werden durch ihre Ketten gerendert…</translation>
    </message>
    <message>
        <source>Placing the tracks on the album…</source>
        <translation>Titel werden auf dem Album platziert…</translation>
    </message>
    <message>
        <source>Mastering the album…</source>
        <translation>Album wird gemastert…</translation>
    </message>
    <message>
        <source>Writing and verifying the DDP image…</source>
        <translation>DDP-Image wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <source>Writing the WAV files…</source>
        <translation>WAV-Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Encoding and checking the MP3 files…</source>
        <translation>MP3-Dateien werden kodiert und geprüft…</translation>
    </message>
    <message>
        <source>Measuring the files and writing the report…</source>
        <translation>Dateien werden gemessen, Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Release exportieren</translation>
    </message>
    <message>
        <source>CD master (DDP 2.00)</source>
        <translation>CD-Master (DDP 2.00)</translation>
    </message>
    <message>
        <source>WAV masters</source>
        <translation>WAV-Master</translation>
    </message>
    <message>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <source>Render:</source>
        <translation>Rendern:</translation>
    </message>
    <message>
        <source>Enable %1 export</source>
        <translation>Export %1 einschalten</translation>
    </message>
    <message>
        <source>Disable %1 export</source>
        <translation>Export %1 ausschalten</translation>
    </message>
    <message>
        <source>CD / DDP</source>
        <translation>CD / DDP</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Release check</source>
        <translation>Release-Prüfung</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Double-click a track's problem to show the track.</source>
        <translation>Doppelklick auf ein Titelproblem zeigt den Titel.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>The release folder: DDP/, WAV/, MP3/, report.json and report.html. An earlier release in it is replaced when the new one is complete.</source>
        <translation>Der Release-Ordner: DDP/, WAV/, MP3/, report.json und report.html. Ein früheres Release darin wird ersetzt, sobald das neue vollständig ist.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Folder for the release</source>
        <translation>Ordner für das Release</translation>
    </message>
    <message>
        <source>Untitled album</source>
        <translation>Unbenanntes Album</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n Titel</numerusform><numerusform>%n Titel</numerusform></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Ready: the project and the Red Book rules for the CD are met.</source>
        <translation>Bereit: Projekt und Red-Book-Regeln für die CD sind erfüllt.</translation>
    </message>
    <message>
        <source>Ready: the project is complete.</source>
        <translation>Bereit: das Projekt ist vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the release can be rendered:</source>
        <translation><numerusform>%n Problem ist vor dem Rendern zu beheben:</numerusform><numerusform>%n Probleme sind vor dem Rendern zu beheben:</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Ordner nicht leer</translation>
    </message>
    <message>
        <source>%1 already holds files that are not a Lathe release.</source>
        <translation>%1 enthält bereits Dateien, die kein Lathe-Release sind.</translation>
    </message>
    <message>
        <source>The render replaces its output folder as a whole. Choose an empty or new folder.</source>
        <translation>Das Rendern ersetzt seinen Ausgabeordner als Ganzes. Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The release was not written.</source>
        <translation>Das Release wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The release could not be rendered.</source>
        <translation>Das Release konnte nicht gerendert werden.</translation>
    </message>
    <message>
        <source>The release could not be rendered: %1</source>
        <translation>Das Release konnte nicht gerendert werden: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportSummary</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Integriert (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>True Peak (dBTP)</translation>
    </message>
    <message>
        <source>LRA (LU)</source>
        <translation>LRA (LU)</translation>
    </message>
    <message>
        <source>MP3 true peak (dBTP)</source>
        <translation>MP3 True Peak (dBTP)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Loudness of the delivered files</source>
        <translation>Lautheit der gelieferten Dateien</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Release written: %n file(s)</source>
        <translation><numerusform>Release geschrieben: %n Datei</numerusform><numerusform>Release geschrieben: %n Dateien</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DDP image read back by the independent reader: %n track(s)</source>
        <translation><numerusform>DDP-Image vom unabhängigen Leser zurückgelesen: %n Titel</numerusform><numerusform>DDP-Image vom unabhängigen Leser zurückgelesen: %n Titel</numerusform></translation>
    </message>
    <message>
        <source>, checksums match (DDP/checksum.md5).</source>
        <translation>, Prüfsummen stimmen (DDP/checksum.md5).</translation>
    </message>
    <message>
        <source>, checksums do NOT match.</source>
        <translation>, Prüfsummen stimmen NICHT.</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainPanel</name>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainReductionMeter</name>
    <message>
        <source>Gain reduction</source>
        <translation>Pegelreduktion</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LevelMeter</name>
    <message>
        <source>Peak (bars) and true peak (white marks); click to reset the holds</source>
        <translation>Spitzenpegel (Balken) und True Peak (weiße Marken); Klick setzt die Haltewerte zurück</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LimiterPanel</name>
    <message>
        <source>Input gain</source>
        <translation>Eingangsverstärkung</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Lookahead</source>
        <translation>Vorausschau</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>A streaming service's loudness target: sets the ceiling it asks for and shows the loudness to aim at</source>
        <translation>Lautheitsziel eines Streamingdienstes: setzt die geforderte Obergrenze und zeigt die anzustrebende Lautheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gain reduction</source>
        <translation>Pegelreduktion</translation>
    </message>
    <message>
        <source>The engine meters the master chain's last active limiter; this one is not it.</source>
        <translation>Die Engine misst den letzten aktiven Limiter der Master-Kette; dies ist nicht dieser.</translation>
    </message>
    <message>
        <source>Ceiling for %1</source>
        <translation>Obergrenze für %1</translation>
    </message>
    <message>
        <source>Aim for %1 LUFS integrated, ceiling %2 dBTP</source>
        <translation>Ziel: %1 LUFS integriert, Obergrenze %2 dBTP</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS (%2 LU)</source>
        <translation>Kurzzeit jetzt %1 LUFS (%2 LU)</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS</source>
        <translation>Kurzzeit jetzt %1 LUFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LoudnessPanel</name>
    <message>
        <source>Momentary</source>
        <translation>Momentan</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Kurzzeit</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MainWindow</name>
    <message>
        <source>loudness: unchanged</source>
        <translation>Lautheit: unverändert</translation>
    </message>
    <message>
        <source>each track to %1 LUFS</source>
        <translation>jeder Titel auf %1 LUFS</translation>
    </message>
    <message>
        <source>album to %1 LUFS</source>
        <translation>Album auf %1 LUFS</translation>
    </message>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Lathe projects (*.lathe)</source>
        <translation>Lathe-Projekte (*.lathe)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open a project with File ▸ Open Project…</source>
        <translation>Öffnen Sie ein Projekt mit Datei ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n Titel</numerusform><numerusform>%n Titel</numerusform></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>UPC/EAN %1</source>
        <translation>UPC/EAN %1</translation>
    </message>
    <message>
        <source>Measuring sources: %1 of %2</source>
        <translation>Quellen werden gemessen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) measured</source>
        <translation>
            <numerusform>Die Quelle ist gemessen</numerusform>
            <numerusform>Alle %n Quellen gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <source>Streaming platforms</source>
        <translation>Streaming-Plattformen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Add &amp;Tracks…</source>
        <translation>&amp;Titel hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>The album has unsaved changes. Save them?</source>
        <translation>Das Album hat ungesicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The project was not saved.

%1</source>
        <translation>Das Projekt wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Add Tracks</source>
        <translation>Titel hinzufügen</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>Audiodateien (%1)</translation>
    </message>
    <message>
        <source>%1[*] — Lathe</source>
        <translation>%1[*] — Lathe</translation>
    </message>
    <message>
        <source>DDP: edits snap to CD frames</source>
        <translation>DDP: Bearbeitungen rasten auf CD-Frames ein</translation>
    </message>
    <message>
        <source>no DDP</source>
        <translation>kein DDP</translation>
    </message>
    <message>
        <source>  ·  reading waveforms…</source>
        <translation>  ·  Wellenformen werden gelesen …</translation>
    </message>
    <message>
        <source>  ·  output: %1, %2 Hz</source>
        <translation>  ·  Ausgabe: %1, %2 Hz</translation>
    </message>
    <message>
        <source>  ·  playback unavailable: meters show the sources' analysis at the play head</source>
        <translation>  ·  Wiedergabe nicht verfügbar: Die Meter zeigen die Analyse der Quellen an der Abspielposition</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>Track %1 “%2”: measuring…</source>
        <translation>Titel %1 „%2“: wird gemessen …</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>Track %1 “%2”, measured on the source mix (the master is not rendered yet).</source>
        <translation>Titel %1 „%2“, gemessen an der Quellmischung (das Master ist noch nicht gerendert).</translation>
    </message>
    <message>
        <source>A · source mix at the play head (stopped)</source>
        <translation>A · Quellmischung an der Abspielposition (gestoppt)</translation>
    </message>
    <message>
        <source>B · master (orange) over A · mix (blue)</source>
        <translation>B · Master (orange) über A · Mischung (blau)</translation>
    </message>
    <message>
        <source>Track %1 “%2”: history, integrated and range of the source mix; momentary and short-term live while playing</source>
        <translation>Titel %1 „%2“: Verlauf, integrierte Lautheit und Bereich der Quellmischung; Momentan und Kurzzeit live bei der Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ModuleListView</name>
    <message>
        <source>bypassed, level matched</source>
        <translation>umgangen, pegelangeglichen</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>Signal flows top to bottom. Tick to switch a module on, untick to bypass it; drag to reorder; Delete removes</source>
        <translation>Das Signal fließt von oben nach unten. Haken setzt ein Modul aktiv, Entfernen des Hakens umgeht es; ziehen zum Umordnen; Entf entfernt</translation>
    </message>
    <message>
        <source>No modules. Add one with +.</source>
        <translation>Keine Module. Mit + hinzufügen.</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Mp3ExportPage</name>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Konstante Bitrate (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Variable Bitrate (VBR)</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>highest quality (about 245 kbps)</source>
        <translation>höchste Qualität (etwa 245 kbit/s)</translation>
    </message>
    <message>
        <source>smallest files (about 65 kbps)</source>
        <translation>kleinste Dateien (etwa 65 kbit/s)</translation>
    </message>
    <message>
        <source>Encoding (LAME)</source>
        <translation>Kodierung (LAME)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>VBR-Qualität</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Release checks and tags</source>
        <translation>Release-Prüfungen und Tags</translation>
    </message>
    <message>
        <source>ID3v2.4 tags written to every file: title, artist, album, album artist, track n/N, date, genre, ISRC and ReplayGain 2.0 track gain and peak (measured on the decoded file). Files are gapless (LAME info tag).</source>
        <translation>ID3v2.4-Tags in jeder Datei: Titel, Interpret, Album, Albuminterpret, Titel n/N, Datum, Genre, ISRC und ReplayGain-2.0-Titelgain und -Spitze (an der dekodierten Datei gemessen). Die Dateien sind lückenlos (LAME-Info-Tag).</translation>
    </message>
    <message>
        <source>MP3 mode</source>
        <translation>MP3-Modus</translation>
    </message>
    <message>
        <source>MP3 bitrate</source>
        <translation>MP3-Bitrate</translation>
    </message>
    <message>
        <source>MP3 VBR quality</source>
        <translation>MP3-VBR-Qualität</translation>
    </message>
    <message>
        <source>%1 kHz, stereo</source>
        <translation>%1 kHz, Stereo</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP (the master limiter's): each file is decoded again and, where decoding overshoots it, encoded again with less gain.</source>
        <translation>True-Peak-Obergrenze %1 dBTP (die des Master-Limiters): jede Datei wird erneut dekodiert und, wo die Dekodierung sie überschreitet, mit weniger Pegel neu kodiert.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: MP3/%1 … (the project format has no naming pattern).</source>
        <translation>Dateinamen vergibt der Renderer: MP3/%1 … (das Projektformat hat kein Namensmuster).</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MultibandPanel</name>
    <message>
        <source>+ Crossover</source>
        <translation>+ Trennfrequenz</translation>
    </message>
    <message>
        <source>− Crossover</source>
        <translation>− Trennfrequenz</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Linearphasig</translation>
    </message>
    <message>
        <source>Split the selected band in two at its centre</source>
        <translation>Ausgewähltes Band in der Mitte teilen</translation>
    </message>
    <message>
        <source>Merge the selected band with the band above it (the top band: with the one below)</source>
        <translation>Ausgewähltes Band mit dem darüberliegenden zusammenfassen (das oberste: mit dem darunter)</translation>
    </message>
    <message>
        <source>FIR crossovers: no phase shift between bands, at the cost of latency</source>
        <translation>FIR-Frequenzweichen: keine Phasenverschiebung zwischen den Bändern, dafür Latenz</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed bands</source>
        <translation>Solo: nur die Solo-Bänder hören</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bypass this band's compressor</source>
        <translation>Kompressor dieses Bandes umgehen</translation>
    </message>
    <message>
        <source>Solo band</source>
        <translation>Band solo</translation>
    </message>
    <message>
        <source>Bypass band</source>
        <translation>Band umgehen</translation>
    </message>
    <message>
        <source>Set linear phase</source>
        <translation>Linearphasigkeit setzen</translation>
    </message>
    <message>
        <source>Move crossover</source>
        <translation>Trennfrequenz verschieben</translation>
    </message>
    <message>
        <source>Add crossover</source>
        <translation>Trennfrequenz hinzufügen</translation>
    </message>
    <message>
        <source>Remove crossover</source>
        <translation>Trennfrequenz entfernen</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Band %1: %2</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterControl</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 — drag or scroll to change (Shift: fine), double-click for the default (%2), or type a value</source>
        <translation>%1 – ziehen oder scrollen zum Ändern (Umschalt: fein), Doppelklick für den Standardwert (%2) oder Wert eintippen</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterPanel</name>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlatformTargetsPanel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Playback gain</source>
        <translation>Wiedergabe-Gain</translation>
    </message>
    <message>
        <source>Heard at</source>
        <translation>Gehört bei</translation>
    </message>
    <message>
        <source>TP limit</source>
        <translation>TP-Grenze</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>True peak %1 dBTP; %2 allows %3 dBTP</source>
        <translation>True Peak %1 dBTP; %2 erlaubt %3 dBTP</translation>
    </message>
    <message>
        <source>⚠ TP over limit</source>
        <translation>⚠ TP über der Grenze</translation>
    </message>
    <message>
        <source>turned down</source>
        <translation>leiser gestellt</translation>
    </message>
    <message>
        <source>turned up</source>
        <translation>lauter gestellt</translation>
    </message>
    <message>
        <source>as mastered</source>
        <translation>wie gemastert</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlaybackController</name>
    <message>
        <source>Playback unavailable: %1</source>
        <translation>Wiedergabe nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1: playing on the null device</source>
        <translation>%1: Wiedergabe auf dem Nullgerät</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>The album's rate</source>
        <translation>Rate des Albums</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Abtastrate:</translation>
    </message>
    <message>
        <source>The device's default</source>
        <translation>Standard des Geräts</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n Frame</numerusform><numerusform>%n Frames</numerusform></translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>Puffergröße:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Standardordner:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Oberfläche:</translation>
    </message>
    <message>
        <source>A new language applies the next time Lathe starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Lathe.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>No audio output (keeps time)</source>
        <translation>Keine Audioausgabe (hält die Zeit)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>The device chooses its buffer.</source>
        <translation>Das Gerät wählt seinen Puffer.</translation>
    </message>
    <message>
        <source>%1 ms per buffer</source>
        <translation>%1 ms pro Puffer</translation>
    </message>
    <message>
        <source>%1 ms per buffer at 48 kHz</source>
        <translation>%1 ms pro Puffer bei 48 kHz</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ProjectDocument</name>
    <message>
        <source>Move track</source>
        <translation>Titel verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>%n Titel hinzufügen</numerusform>
            <numerusform>%n Titel hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n track(s)</source>
        <translation>
            <numerusform>%n Titel entfernen</numerusform>
            <numerusform>%n Titel entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Einblendung</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Ausblendung</translation>
    </message>
    <message>
        <source>Fade curve</source>
        <translation>Blendenkurve</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>Gleiche Leistung</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>S-Kurve</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ReductionHistory</name>
    <message>
        <source>Gain reduction over the last %1 seconds</source>
        <translation>Pegelreduktion der letzten %1 Sekunden</translation>
    </message>
</context>
<context>
    <name>lathe::ui::StereoPanel</name>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Mono below</source>
        <translation>Mono unterhalb</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TrackListModel</name>
    <message>
        <source>crossfade %1 s</source>
        <translation>Überblendung %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransferCurveView</name>
    <message>
        <source>Output level over input level: the compressor's static curve</source>
        <translation>Ausgangspegel über Eingangspegel: die statische Kennlinie des Kompressors</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransportBar</name>
    <message>
        <source>A · MIX</source>
        <translation>A · MISCHUNG</translation>
    </message>
    <message>
        <source>B · MASTER</source>
        <translation>B · MASTER</translation>
    </message>
    <message>
        <source>Δ · DELTA (B − A)</source>
        <translation>Δ · DELTA (B − A)</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Loop the region dragged in the ruler (L)</source>
        <translation>Den im Lineal gezogenen Bereich wiederholen (L)</translation>
    </message>
    <message>
        <source>A  Mix</source>
        <translation>A  Mischung</translation>
    </message>
    <message>
        <source>B  Master</source>
        <translation>B  Master</translation>
    </message>
    <message>
        <source>Δ  Delta</source>
        <translation>Δ  Delta</translation>
    </message>
    <message>
        <source>Hear the mix, loudness-matched to the master (A)</source>
        <translation>Die Mischung hören, in der Lautheit an das Master angeglichen (A)</translation>
    </message>
    <message>
        <source>Hear the master (B)</source>
        <translation>Das Master hören (B)</translation>
    </message>
    <message>
        <source>Hear only what mastering changes: master minus mix (D)</source>
        <translation>Nur hören, was das Mastering ändert: Master minus Mischung (D)</translation>
    </message>
    <message>
        <source>Play head (h:mm:ss.hundredths)</source>
        <translation>Abspielposition (h:mm:ss.Hundertstel)</translation>
    </message>
    <message>
        <source>Play head in CD frames (minutes:seconds:frames, 75 frames per second)</source>
        <translation>Abspielposition in CD-Frames (Minuten:Sekunden:Frames, 75 Frames pro Sekunde)</translation>
    </message>
    <message>
        <source>Play/Pause (Space)</source>
        <translation>Wiedergabe/Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Playback unavailable</source>
        <translation>Wiedergabe nicht verfügbar</translation>
    </message>
    <message>
        <source>CD %1</source>
        <translation>CD %1</translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>Zu hören: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::WavExportPage</name>
    <message>
        <source>One file per track</source>
        <translation>Eine Datei pro Titel</translation>
    </message>
    <message>
        <source>One album file with a cue sheet</source>
        <translation>Eine Albumdatei mit Cue-Sheet</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>16 Bit Integer</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>24 Bit Integer</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32 Bit Float</translation>
    </message>
    <message>
        <source>None (truncate)</source>
        <translation>Kein (abschneiden)</translation>
    </message>
    <message>
        <source>TPDF</source>
        <translation>TPDF</translation>
    </message>
    <message>
        <source>Noise-shaped</source>
        <translation>Noise-Shaping</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Word length</source>
        <translation>Wortbreite</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Dither</source>
        <translation>Dither</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>WAV word length</source>
        <translation>WAV-Wortbreite</translation>
    </message>
    <message>
        <source>WAV sample rate</source>
        <translation>WAV-Abtastrate</translation>
    </message>
    <message>
        <source>WAV dither</source>
        <translation>WAV-Dither</translation>
    </message>
    <message>
        <source>WAV files</source>
        <translation>WAV-Dateien</translation>
    </message>
    <message>
        <source>Album rate (%1)</source>
        <translation>Albumrate (%1)</translation>
    </message>
    <message>
        <source>32-bit float keeps every sample as it is: no dither.</source>
        <translation>32 Bit Float behält jedes Sample unverändert: kein Dither.</translation>
    </message>
    <message>
        <source>Digital silence (pregaps, gaps) stays exact zeros. Noise-shaped dither moves the noise where the ear is least sensitive.</source>
        <translation>Digitale Stille (Pregaps, Pausen) bleibt exakt null. Noise-Shaping verschiebt das Rauschen dorthin, wo das Ohr am unempfindlichsten ist.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: %1. The project format has no naming pattern; titles are made safe for every file system.</source>
        <translation>Dateinamen vergibt der Renderer: %1. Das Projektformat hat kein Namensmuster; Titel werden für jedes Dateisystem sicher gemacht.</translation>
    </message>
</context>
</TS>