## Texts for residents. Arguments are filled in by koban; keep their names.

welcome =
    Hello! This is { $zone }: a direct line to your community police officers.
    Write your question here, in your own language, and an officer will answer in this chat. You can also send photos.

emergency-note =
    ⚠️ This chat is not for emergencies. In an emergency, call { $emergency } now. For other urgent police matters, call { $police }.

ticket-opened =
    Thank you. Your message has been passed on to the community officers under reference { $reference }. The answer will come here, in this chat.

officer-role = Community officer

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Sorry, I can only read text messages and photos for now. Please write your message as text.

unknown-command = { $channel ->
        [Matrix] I don't know the command { $command }. Just write your question, or send !start to see the welcome message again.
       *[other] I don't know the command { $command }. Just write your question, or send /start to see the welcome message again.
    }

image-too-large =
    This file is too large ({ $size_mb } MiB). I can accept files of up to { $max_mb } MiB. Please send a smaller photo.

image-not-image =
    This file is not an image I can accept. Please send a photo (JPEG, PNG or WebP).

image-failed =
    I could not process this photo, so it was not passed on. Please try again, or send it as an ordinary photo.

photos-forwarded =
    { $count ->
        [one] Your photo has been added to { $reference }.
       *[other] Your { $count } photos have been added to { $reference }.
    }

## Texts for officers, shown in the queue rooms in the zone's default language.

card-question =
    🎫 { $reference } · new question
    From: { $pseudonym } · via { $channel } · language: { $language }

    { $text }

    Reply in this thread to answer the resident.

card-no-text = (photo without text)

thread-photo = Photo from { $pseudonym }

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Sorry, something went wrong on our side. Your message has been kept and we will try again.

## Menus and navigation.

# This language's own name, shown in the language picker.
language-name = English
language-set = From now on I will write to you in English.
choose-language = Choose your language:

menu-title = What would you like to do? Choose an option.
menu-report = 📝 Report an incident
menu-question = ❓ Ask a question
menu-advice = 🛡️ Prevention advice
menu-rights = ⚖️ Your rights
menu-events = 📅 Events
menu-contact = 👮 Your community officer
menu-area = 📍 My area
menu-language = 🌐 Language
menu-privacy = 🔒 Privacy

button-back = ⬅️ Back
button-menu = ☰ Main menu
button-continue = Continue ▶️

matrix-menu-hint = Reply with the number of your choice. Write “menu” at any time to come back here.
choice-expected = Please choose one of the options by replying with its number.
stale-button = This button is no longer valid. Here is the main menu.
unknown-payload = This link is not valid (any more). Here is the main menu.

privacy-notice =
    🔒 Your privacy
    • What we keep: your messages and photos (with all hidden data such as location removed), the language and area you choose, and an internal pseudonym.
    • Who sees it: the community officers of { $zone }. They see a pseudonym, never your phone number or username, unless you give them yourself.
    • How long: at most { $retention_days ->
        [one] { $retention_days } day
       *[other] { $retention_days } days
    } after your question or report is closed.
    • Your data: send /mydata to get a copy of everything koban keeps about you, and /erase to delete it yourself, at any time (on Matrix: !mydata and !erase).

help =
    I can help you with:
    • reporting an incident, with photos and the location (/report);
    • questions to your community officers (just write them here, photos welcome);
    • crime prevention advice and information about your rights;
    • the contact details of the officers for your area.
    Commands: /menu main menu · /report report an incident · /myreports your reports · /cancel cancel a report · /language change language · /privacy your data · /mydata what koban keeps · /erase delete it · /start start again.

advice-list = 🛡️ Crime prevention advice. Choose a topic:
rights-list = ⚖️ Know your rights. Choose a topic:

coming-soon-events = There are no events to show yet. District meetings and “coffee with a cop” invitations will appear here.
question-prompt = Write your question in a message, in your own language. You can add photos. An officer will answer in this chat.

contact-title = 👮 Your community officers for { $area }:
contact-no-area = Choose your area first, so that I can show you the right officers.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name }: { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name }: { $address }
contact-numbers = Emergency: { $emergency } · Police, non-emergency: { $police }

area-choose = Which area do you live in? Choose it below, or send your location (📎 → Location).
area-set = Your area is now { $area }.
area-outside = This location is outside the areas we cover. Please choose an area from the list.
area-none = No areas have been set up yet.

cmd-start = Start again
cmd-menu = Main menu
cmd-language = Change the language
cmd-help = Help
cmd-privacy = Your data and privacy

## Closing a ticket (resident).

ticket-closed =
    ✅ Your question { $reference } has been closed by the community officers. If you have a new question, just write it here.
ticket-closed-resolution =
    ✅ Your question { $reference } has been closed by the community officers:
    { $resolution }
    If you have a new question, just write it here.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 Internal note saved. It is not sent to the resident.
notice-closed = ✅ { $reference } is closed. The resident has been told.
notice-already-closed = { $reference } is already closed. Use !reopen to open it again.
notice-reopened = 🔓 { $reference } is open again.
notice-already-open = { $reference } is already open.
notice-unknown-command = Unknown command { $command }. In a ticket thread: !claim (take the ticket), !note <text> (internal, not sent), !close [resolution], !reopen. Any other message is sent to the resident.
notice-not-allowed = ⛔ { $user } may not act on tickets in this queue: power level { $level } is needed. Nothing was sent to the resident.
