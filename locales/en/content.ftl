## Prevention advice and rights information, shown from the menus.
## Arguments are filled in by koban; keep their names.
## Plain text for messengers: short paragraphs, bullets start with "• ".

## Prevention advice.

advice-burglary-title = 🏠 Burglary
advice-burglary =
    🏠 Protect your home against burglary
    Most burglars look for an easy target and want to be in and out quickly. A few habits make a big difference:
    • Lock doors and windows every time, even if you are only out for a moment or in the garden. Never leave a key in the lock, under the doormat or in a flower pot.
    • When you are away, make the house look lived in: lights on a timer, a neighbour who empties the letterbox. You can also report your absence to the police and ask for home surveillance.
    • Don't announce your holiday on social media. Share your photos when you are back.
    • Take photos of your valuables, note their serial numbers and mark them.
    • Get to know your neighbours and keep an eye on each other's homes.

    💡 A techno-prevention advisor of the police can visit your home for free and tell you how to secure it better. Ask about it in this chat.

    After a burglary:
    • Do you think the burglars are still inside? Don't go in. Go somewhere safe and call { $emergency }. Otherwise, call { $police } as soon as you can.
    • Don't touch or tidy anything until the police have been, so that traces are not lost.
    • Make a list of what is missing and block stolen bank cards at once.

advice-bicycle-title = 🚲 Bicycle theft
advice-bicycle =
    🚲 Prevent bicycle theft
    • Use two good locks of different types, for example a U-lock and a chain.
    • Always lock the frame (not only a wheel) to something fixed, such as a bicycle rack, also at home and for short stops.
    • Park in a busy, well-lit place or in a supervised bicycle shed.
    • Write down the frame number, keep your proof of purchase and take a clear photo of your bike. Have your bike engraved or registered: ask your municipality or the police.
    • E-bike: take the battery and the display with you.
    • Buying second-hand? Ask for the proof of purchase and be careful with very low prices: buying a stolen bike is an offence.

    Has your bike been stolen?
    Report it as soon as possible, with the frame number and a photo, at the police station, through Police-on-web (policeonweb.belgium.be) or by calling { $police }. Without a report, a bike that is found cannot be returned to you.

advice-fraud-title = 💳 Online fraud & phishing
advice-fraud =
    💳 Online fraud and phishing
    Scammers send emails, text messages and WhatsApp messages that look real, from a “bank”, a parcel service, the tax office or even the police.
    • Never give your PIN, passwords, card reader codes or itsme confirmation to anyone. Your bank and the police will never ask for them, not by phone, email, text message or at your door.
    • Check the sender and don't click on links in unexpected messages. Go to the website or app yourself.
    • Be careful with web shops you don't know: look for reviews, the company details and an address. A price that is too good to be true is usually a trap.
    • Suspicious message? Forward it to suspicious@safeonweb.be and then delete it.

    Have you been scammed?
    • Call your bank or Card Stop (078 170 170) at once to block your cards and payments. Every minute counts.
    • Keep the evidence: screenshots, messages, website addresses, account numbers, bank statements.
    • Report it to the police: at the station or by calling { $police }.

advice-phone-scam-title = 📞 Phone scams
advice-phone-scam =
    📞 Phone scams and “family emergency” messages
    Scammers create panic and time pressure so that you act before you think. Typical examples:
    • “Hi mum, this is my new number. Can you pay an urgent bill for me?”
    • A false police officer or bank employee who says your account is in danger and asks for codes, a transfer to a “safe account”, or your cards, cash or jewellery.
    What you can do:
    • Call your relative on the number you already know, or ask a question only they can answer.
    • Never pay under pressure. A real emergency can wait for a call back.
    • Hang up and call back yourself through the official number on the website or on your bank card. A displayed number can be faked.
    • The police never ask for your PIN or codes and never come to collect your bank cards, money or valuables.

    Is someone at your door right now to collect cards, money or jewellery? Don't open the door and call { $emergency }.
    Otherwise, report the scam to { $police }, even if you did not pay. If you did pay, call your bank at once.

advice-vehicle-title = 🚗 Vehicle break-ins
advice-vehicle =
    🚗 Prevent break-ins in your car or van
    Thieves often break a window for a bag, a phone or a charging cable they can see.
    • Leave nothing visible in the car, not even an empty bag, a coat or a phone holder. Take valuables with you; don't just move them to the boot in the car park.
    • Lock the car and check that it is really locked: pull the door handle. Close all windows and the sunroof.
    • Never leave the keys, your registration certificate or other papers in the car.
    • Keyless car? Keep the key in a protective pouch or tin at home.
    • Park in a well-lit, busy place or in a supervised car park.

    After a break-in:
    • Don't touch the car more than necessary, so that traces are not lost. Take photos of the damage.
    • Block stolen bank cards at once and keep all evidence.
    • Report it to the police by calling { $police } or at the station. You will need the report for your insurer.

advice-pickpocket-title = 👜 Pickpockets
advice-pickpocket =
    👜 Watch out for pickpockets
    Pickpockets work where it is busy: on public transport, at stations, markets, events and in shops.
    • Carry your bag closed and in front of you, with the zip or flap towards your body.
    • Keep your wallet and phone in an inside pocket, never in a back pocket or an open bag.
    • Don't put your phone on a café or restaurant table.
    • Be careful with distraction tricks: someone bumps into you, asks for directions, spills something on you or asks you to sign a petition. Meanwhile, an accomplice steals from you.
    • Don't carry more cash than you need and keep your PIN to yourself.

    Have you been robbed?
    • Block your bank cards at once with your bank or Card Stop (078 170 170).
    • Phone stolen? Ask your operator to block your SIM card. Change your important passwords.
    • Report it to the police by calling { $police } or at the station. Report stolen identity documents too.

advice-cyber-harassment-title = 💬 Online harassment
advice-cyber-harassment =
    💬 Online harassment, threats and sextortion
    Are you being harassed, threatened or blackmailed online, for example with intimate photos or videos? It is not your fault and you are not alone.
    • Don't respond and don't pay. Paying rarely stops the blackmail; more often the demands continue.
    • Keep the evidence before you block: screenshots of the messages, profile names, links, dates and times.
    • Then block the person and report the account and content on the platform.
    • Talk to someone you trust. Under 18? Child Focus can also help: 116 000.
    • Check your privacy settings and change your passwords if an account may have been taken over.

    Are you in immediate danger? Call { $emergency }.
    Harassment, threats and sextortion are crimes. Report them to the police: at the station or by calling { $police }. You can also tell us about it in this chat.

advice-domestic-violence-title = 🤝 Domestic violence
advice-domestic-violence =
    🤝 Help with domestic violence
    Violence at home can be physical, but also threats, control, humiliation, sexual violence or withholding money. It is never your fault. Help is available.
    • Call { $helpline } to talk in confidence. It is free and you can stay anonymous.
    • In danger? Call { $emergency }.
    • You can also write to a community officer in this chat. This chat is not watched around the clock, so don't use it in an emergency.

    Prepare a safety plan:
    • Keep important documents (identity cards, bank cards, medicines, keys) together, or copies with someone you trust.
    • Pack a bag with clothes and essentials and keep it at a safe place.
    • Agree on a code word with a trusted person, so that they call for help when you send it.
    • Think in advance about where you can go.

    Children who see or hear violence at home are victims too. Help is also there for them.
    Does someone else check your phone? Delete this chat after reading.

## Rights information.

rights-id-check-title = 🪪 Identity checks
rights-id-check =
    🪪 Your rights during an identity check or police stop
    • The police may ask for your identity in the situations the law allows, for example because of your behaviour or the circumstances, or during an organised control. A check must never be based only on your origin, skin colour or religion.
    • Belgians get an identity card at age 12 and must carry it from age 15. Foreign residents carry their residence card or passport.
    • If you cannot prove who you are, the police may hold you to establish your identity, for at most 12 hours.
    • You may ask for the officer's name or identification number. Officers in plain clothes show their police card.
    • Stay calm and follow the instructions, even if you don't agree. Don't resist: that only makes things worse.
    • A safety pat-down needs a reason, for example the suspicion of a weapon. It is done by an officer of the same gender where possible.
    • Write down the date, time, place, the officers' numbers and any witnesses.

    Do you disagree with how you were treated? You can complain afterwards: see the topic “Complaint about the police”.

rights-complaint-title = 📣 Complaint about police
rights-complaint =
    📣 Complaint about the police
    Are you unhappy with how a police officer treated you? You have the right to complain, without fear of reprisals.
    • Within the police zone: submit your complaint at a police station or contact { $police }. The zone's internal service will examine it.
    • Independently: you can also go to { $oversight }, the independent body that oversees the police.

    Include in your complaint:
    • the date, time and place;
    • what happened, as precisely as possible;
    • the officer's name or identification number, the vehicle number if you know it;
    • the names and contact details of witnesses, and any photos or documents.

    Want to contest a fine? That is not a complaint: follow the instructions on the fine.

rights-victim-support-title = 🫂 Victim support
rights-victim-support =
    🫂 Support for victims
    Have you been the victim of a crime or an accident? You have rights, and you don't have to go through it alone.
    • Right to file a complaint and to get a free copy of your statement.
    • Right to information: declare yourself an “injured party” to be kept informed about your case.
    • Right to be accompanied by a person you trust, for example when you make a statement.
    • Right to support: the police victim assistance service can help you in the first hours and days, and refer you on.

    For practical, emotional and legal support afterwards: { $victim_support }. It is free and confidential.
    In danger? Call { $emergency }.

rights-hate-crime-title = 🏳️‍🌈 Hate crime
rights-hate-crime =
    🏳️‍🌈 Hate crime and discrimination
    A hate crime is a crime such as insults, threats, violence or damage, committed because of someone's origin, skin colour, religion, sexual orientation, gender identity, disability or another protected characteristic.
    • Always report it, also online hate and “small” incidents. Every report helps to stop it.
    • Keep the evidence: photos, screenshots, links, names of witnesses.
    • The police must record the hate motive in the report. Say clearly why you think you were targeted.
    • For discrimination, for example at work, in housing or in a shop, you can also contact { $equality_body }.

    You can report at { $police } or in this chat. In an emergency, call the emergency number.

rights-minors-title = 🧒 Rights of minors
rights-minors =
    🧒 Your rights as a minor (under 18) when questioned
    • Right to a lawyer: if you are questioned as a suspect, you have a confidential talk with a lawyer before the questioning and the lawyer stays with you during it. As a minor you cannot give up this right, and you get a lawyer for free if needed.
    • Right to be informed: the police must explain your rights in words you understand. Ask if something is not clear.
    • Right to remain silent: you don't have to say anything that could be used against you.
    • You have the right to have your parents or guardian informed.
    • Where the law provides it, for example as a victim or witness, you can be accompanied by an adult you trust.
    • You may read your statement and have it corrected before you sign it.

rights-interpreter-title = 🗣️ Interpreter & lawyer
rights-interpreter =
    🗣️ Your right to an interpreter and a lawyer
    • Interpreter: if you don't understand or speak the language of the questioning, you have the right to a sworn interpreter, free of charge.
    • Lawyer (Salduz rights): if you are questioned as a suspect of an offence that can lead to a prison sentence, you have the right to a confidential talk with a lawyer before the questioning and, in most cases, to their assistance during it. If you have been arrested, the police will contact a lawyer for you.
    • Free legal aid: if your income is low, you can get a lawyer for free or at a reduced cost.
    • Right to remain silent: you don't have to incriminate yourself.
    • Your statement: you may read it, or have it read to you, and have it corrected or completed before you sign. You can ask for a copy.
