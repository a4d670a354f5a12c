import { ROLES_KEY } from '../../common/auth/auth.decorators';
import { ACTION_ROLES, ACTIONS, type Action } from './domain/registration-status';
import { RegistrationsController } from './registrations.controller';
import { ReviewController } from './review.controller';

const registrations = RegistrationsController.prototype;
const review = ReviewController.prototype;

/** The handler that performs each action of the state machine. */
const HANDLERS: Record<Action, (...args: never[]) => unknown> = {
  update: registrations.update,
  withdraw: registrations.withdraw,
  'unit-approve': review.unitReview,
  'unit-return': review.unitReview,
  'start-publicity': review.startPublicity,
  object: review.object,
  'submit-to-department': review.submitToDepartment,
  'department-approve': review.departmentReview,
  'department-return': review.departmentReview,
  'submit-to-center': review.submitBatch,
  accept: review.acceptBatch,
  'center-return': review.returnBatch,
  cancel: review.cancel,
};

describe('ACTION_ROLES (what allowedActions offers each role)', () => {
  it.each(ACTIONS)('%s: the roles its endpoint admits', (action) => {
    const roles = Reflect.getMetadata(ROLES_KEY, HANDLERS[action]) as string[];
    expect([...ACTION_ROLES[action]].sort()).toEqual([...roles].sort());
  });
});
