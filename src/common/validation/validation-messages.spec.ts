import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  validate,
} from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { toValidationDetails } from './validation-messages';

class Sample {
  @IsString() @IsNotEmpty() @MaxLength(5) name: string;
  @Matches(/^\d{4}-\d{2}$/) month: string;
  @IsOptional() @Matches(/^\d+$/) phone?: string;
  @IsOptional()
  @IsIn(['高中', '中专'], { context: { message: '文化程度应为：高中、中专' } })
  education?: string;
}

const detailsOf = async (body: object) =>
  toValidationDetails(await validate(plainToInstance(Sample, body)));

describe('validation details', () => {
  it.each([
    ['missing', {}],
    ['null', { name: null }],
  ])(
    'reports a %s required field as missing only, not also as too long or not a string',
    async (_, body) => {
      const details = (await detailsOf({ month: '2025-01', ...body })).filter(
        (d) => d.field === 'name',
      );
      expect(details).toEqual([{ field: 'name', code: 'isDefined', message: 'name：不能为空' }]);
    },
  );

  it('reports an empty required field as empty only', async () => {
    const details = await detailsOf({ name: '', month: '2025-01' });
    expect(details).toEqual([{ field: 'name', code: 'isNotEmpty', message: 'name：不能为空' }]);
  });

  it('keeps every problem of a value that is there', async () => {
    const details = await detailsOf({ name: 7, month: 'x', phone: 'abc' });
    expect(details.map((d) => `${d.field}.${d.code}`).sort()).toEqual([
      'month.matches',
      'name.isString',
      'name.maxLength',
      'phone.matches',
    ]);
  });

  it('says in Chinese that an id is no UUID', async () => {
    class WithId {
      @IsUUID() id: string;
    }
    const details = toValidationDetails(await validate(plainToInstance(WithId, { id: 'x' })));
    expect(details.map((d) => d.message)).toEqual(['id：必须是有效的编号（UUID）']);
  });

  it("uses a decorator's own Chinese wording when it gives one", async () => {
    const details = await detailsOf({ name: '张三', month: '2025-01', education: '大专' });
    expect(details).toEqual([
      { field: 'education', code: 'isIn', message: 'education：文化程度应为：高中、中专' },
    ]);
  });
});
