## The guided incident report (resident). Button labels (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) stay under 40 characters.

cmd-report = Report an incident
cmd-myreports = Your reports and their status
cmd-cancel = Cancel the report in progress

menu-myreports = 📂 My reports

# Report categories: the names residents choose from.
category-theft = Theft
category-burglary = Burglary
category-vandalism = Vandalism or graffiti
category-drugs = Drug nuisance
category-nuisance = Noise or nuisance
category-traffic = Traffic danger
category-hate = Hate incident or discrimination
category-fraud = Online fraud or scam
category-other = Something else

report-intro =
    📝 Report an incident. It takes a few steps; you can go back or cancel at any time, and what you enter is kept if you are interrupted.
    ⚠️ In an emergency, call { $emergency } now.
report-category = What do you want to report? Choose a category.
report-danger-question =
    Is anyone in danger right now, or is it happening at this moment?
    If so, call { $emergency } instead: they can send help right away.
button-yes-danger = 🚨 Yes
button-no-danger = No
report-danger =
    🚨 Call { $emergency } now. Emergency services can send help right away; this chat cannot.
    If you cannot speak, stay on the line or follow the operator's instructions. For other urgent police matters, call { $police }.
report-danger-hate =
    If you are being threatened or attacked, move to a safe place if you can and call { $emergency }. Your safety comes first; you can report the rest later.
report-when = When did it happen?
report-when-now = Just now
report-when-today = Earlier today
button-when-other = 📅 Another day or time
report-when-other = Write when it happened, for example “last night around 11 pm” or “12 May, 14:00”.
report-where =
    Where did it happen? { $channel ->
        [Telegram] Share a location (📎 → Location), or
       *[other] Share your location, or
    } type an address or a description of the place. You can also skip this.
button-skip-where = No location
report-what =
    What happened? Describe it in your own words and your own language: what you saw, who was involved (descriptions, vehicles, number plates), and anything else that may help.
report-photos =
    📷 You can add photos: send them as photos or as files, up to { $max }. Hidden data such as their location is removed before officers see them. { $count ->
        [0] No photos added yet.
        [one] 1 photo added.
       *[other] { $count } photos added.
    }
button-no-photos = No photos
button-photos-done = ✅ Done with photos
report-contact =
    May an officer contact you about this report? By default, officers only see your pseudonym ({ $pseudonym }) and answer you in this chat.
button-anonymous = 🕶️ Answer in this chat only
button-share-contact = ☎️ Give a name and phone number
report-contact-details = Write your name and phone number, so that an officer can call you back.
report-summary = 📋 Please check your report before sending it:
button-send-report = ✅ Send the report
button-edit = ✏️ Change something
report-edit = What would you like to change?
report-edit-category = Category
report-edit-when = When
report-edit-where = Where
report-edit-what = Description
report-edit-photos = Photos
report-edit-contact = Contact
button-cancel-report = ✖️ Cancel report
button-resume = ▶️ Continue my report
button-restart = 🔄 Start a new report
report-in-progress = You have a report in progress. Do you want to continue it or start again?
report-no-draft = This report is no longer in progress (it was sent, cancelled or expired). Here is the main menu.
report-cancelled = Your report has been cancelled and what you entered has been deleted.
nothing-to-cancel = There is nothing to cancel.

report-value-none = not given
report-field-category = Category: { $value }
report-field-when = When: { $value }
report-field-where = Where: { $value }
report-field-what = What happened: { $value }
report-field-photos = { $count ->
        [0] Photos: none
        [one] Photos: 1
       *[other] Photos: { $count }
    }
report-field-contact = Contact: { $value }
report-contact-anonymous = answer in this chat only (officers see “{ $pseudonym }”)

button-use-photo-location = 📍 Yes, use it
button-ignore-photo-location = No
report-photo-location = Your photo contains the place where it was taken: { $place }. Use it as the location of the incident? It is only used if you say yes.
report-location-saved = 📍 Location saved: { $place }.
report-location-invalid = This location cannot be read. Please share it again or type an address.
report-location-outside = This location is outside the area of { $zone }. Please report it to the police of that place, or share or type another location.
report-text-added = Your text has been added to the description.
report-description-full = Your description has reached its maximum length; the rest of this message was not added. You can add details later, when an officer answers.
report-use-buttons = Please choose one of the options below, or cancel the report.
report-photo-too-early = Please first choose a category and answer the question about danger; then send your photos.
report-too-many-photos = A report can carry at most { $max } photos. This one was not added; the others are kept.
report-photo-added = 📷 Photo { $n } of { $max } added.
report-unsupported = I cannot use this in a report. Please use text, photos or a location; what you entered so far is kept.
report-empty-text = That message was empty. What you entered so far is kept.

report-sent =
    ✅ Thank you. Your report has been sent to the community officers under reference { $reference }.
    What happens next: an officer reads it, may ask you questions here, and tells you what is done. You will get the updates in this chat; /myreports shows their status.
report-expired =
    ⌛ Your unfinished report ({ $category }) was deleted because nothing was added for { $minutes } minutes. You can start a new one at any time.

myreports-title = 📂 Your reports and questions:
myreports-none = You have not sent any reports or questions yet.
myreports-question = Question
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = waiting for an officer
status-claimed = an officer is on it
status-waiting = an officer answered you
status-closed = closed

report-closed =
    ✅ Your report { $reference } has been closed by the community officers. Thank you for reporting it. To report something else, use /report.
report-closed-resolution =
    ✅ Your report { $reference } has been closed by the community officers:
    { $resolution }
    Thank you for reporting it. To report something else, use /report.

ticket-claimed = 👮 A community officer is now handling { $reference }. You will hear from them here.

## Officers (the zone's default language).

card-report =
    🗂️ { $reference } · new report: { $category }
    From: { $pseudonym } · via { $channel } · language: { $language } · area: { $area }

    { $fields }

    Photos follow in this thread. Reply in this thread to answer the resident; !claim to take the report.
thread-report-photo = Photo { $n } of { $total } ({ $reference })
