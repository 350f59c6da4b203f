/**
 * A fiscal code already on the regional register. Only a CPI gets this far (registering is refused to every other
 * kind before any lookup), and a CPI may lawfully learn, through the national system (SIU), that a person's file is
 * kept by another province: it is told so, without the id, the province or anything of the file, and pointed to
 * the move between provinces (L. 68/1999 art. 8 c.1). registerPerson and importPeople answer with this one rule.
 */
export interface AlreadyRegistered {
  message: string;
  rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE' | 'PERSON_ALREADY_REGISTERED';
}

export function alreadyRegistered(keptByProvince: string, callerProvince: string): AlreadyRegistered {
  return keptByProvince !== callerProvince
    ? {
        message:
          "This fiscal code is on the register of another province's CPI: ask for the enrolment to move here (requestEnrolmentTransfer, L. 68/1999 art. 8 c.1)",
        rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE',
      }
    : { message: 'This fiscal code is already on the register of this province', rule: 'PERSON_ALREADY_REGISTERED' };
}
