import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide settings kept in the database (e.g. the generated token secret). */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
